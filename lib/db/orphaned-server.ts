// A portal killed with SIGKILL leaves its PostgreSQL server running, and the next start would
// fail on the server's own lock. The caller holds the data-directory lock, so a server still
// running on this cluster can only be an orphan of ours: shut it down cleanly, then start anew.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessAlive } from "./data-dir-lock";

async function isPostgresProcess(pid: number, clusterDir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmdline.includes("postgres") && cmdline.includes(clusterDir);
}

export async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pidFile = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number(pidFile?.split("\n")[0]);
  if (!pid || !isProcessAlive(pid) || !(await isPostgresProcess(pid, clusterDir))) return;
  process.stderr.write(`发现上次异常退出遗留的数据库进程 (PID ${pid}),正在安全关闭…\n`);
  process.kill(pid, "SIGINT"); // fast shutdown: committed data is kept, open transactions roll back
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isProcessAlive(pid)) return;
    await sleep(100);
  }
  throw new Error(`遗留的数据库进程 (PID ${pid}) 未能在 30 秒内关闭,请手动结束后重试。`);
}
