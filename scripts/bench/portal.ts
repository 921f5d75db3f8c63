// Starts the portal with its real start command (demo mode, for the demo clock) on a bench data
// directory, the way the e2e tier does, and stops it again, also when the benchmark is interrupted.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import type { DataSet } from "./data-sets";
import { NODE_SCRIPT_FLAGS } from "../node-script-flags";

export const PORTAL_PORT = 3300;
export const BASE_URL = `http://localhost:${PORTAL_PORT}`;
export const BENCH_DIST_DIR = ".next-bench";

const running = new Set<ChildProcess>();

// A last resort on any exit: the portal stops its own database on SIGTERM.
process.once("exit", () => {
  for (const child of running) child.kill("SIGTERM");
});

export async function isPortBusy(): Promise<boolean> {
  return fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

export type Portal = { stop: () => Promise<void>; logFile: string };

export async function startPortal(set: DataSet): Promise<Portal> {
  const logFile = path.join(set.dataDir, "portal.log");
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORTAL_PORT),
    PORTAL_DATA_DIR: set.dataDir,
    EMBEDDED_DB_PORT: String(set.databasePort),
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    PORTAL_DEMO_DATE: "2022-11-03",
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...NODE_SCRIPT_FLAGS, "scripts/start.ts", "--demo"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
    log.end();
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`门户启动失败 (退出码 ${child.exitCode}),见 ${logFile}`);
    const healthy = await fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { stop, logFile };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`门户 3 分钟内未就绪,见 ${logFile}`);
}

/** Stops every portal still running (on SIGINT/SIGTERM of the benchmark). */
export async function stopAllPortals(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 20_000).unref();
        }),
    ),
  );
}
