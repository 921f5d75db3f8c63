// One portal per data directory. The lock file names the owning process and the port of its
// database server, so that commands such as plan:export can use the running server instead of
// starting a second one on the same files.
import "server-only";
import { rmSync } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors";

export type LockInfo = { pid: number; port: number };

const LOCK_FILE = "portal.lock";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function readLiveLock(dataDir: string): Promise<LockInfo | null> {
  const text = await readFile(path.join(dataDir, LOCK_FILE), "utf8").catch(() => null);
  if (text === null) return null;
  const lock = JSON.parse(text) as LockInfo;
  return isProcessAlive(lock.pid) ? lock : null;
}

/** Takes the data directory for this process, or refuses clearly if a live process holds it. */
export async function acquireDataDirLock(dataDir: string, port: number): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(lockPath, "wx");
      await file.writeFile(JSON.stringify({ pid: process.pid, port } satisfies LockInfo));
      await file.close();
      // Also on an exit we do not control (a signal handled by a library that then exits).
      const releaseOnExit = () => rmSync(lockPath, { force: true });
      process.once("exit", releaseOnExit);
      // Synchronous, so that no exit can come between forgetting the handler and removing the file.
      return async () => {
        process.off("exit", releaseOnExit);
        releaseOnExit();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = await readLiveLock(dataDir);
      if (holder) {
        throw new UserError(
          `数据目录 ${dataDir} 正被另一个门户进程 (PID ${holder.pid}) 使用,本次启动已取消,未改动任何数据。` +
            `请先停止该进程,或用 PORTAL_DATA_DIR 指定其他数据目录。`,
        );
      }
      // The holder died without cleaning up (kill -9, power loss): the lock is stale.
      await rm(lockPath, { force: true });
    }
  }
  throw new UserError(`无法锁定数据目录 ${dataDir},请稍后重试。`);
}
