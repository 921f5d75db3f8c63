// One portal as its own process, started with the real start command (scripts/start.ts), for the
// benchmark, the scale demo and the fault suite. It is stopped on SIGTERM like any deployment, or
// killed with SIGKILL where a script plays a crash; every one still running is stopped on exit.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { NODE_SCRIPT_FLAGS } from "../node-script-flags";

export type PortalProcessOptions = {
  name: string;
  port: number;
  mode: "demo" | "production";
  /** Added to this process's environment (DATABASE_URL, PORTAL_DATA_DIR, AUTH_SECRET, …). */
  env: Record<string, string | undefined>;
  logFile: string;
  distDir: string;
  /** How long the first start may take (it may build the app). */
  readyWithinMs?: number;
};

export type PortalProcess = {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
  /** kill -9: no shutdown, as a crash or a pulled plug. */
  kill9: () => Promise<void>;
};

const running = new Set<ChildProcess>();

process.once("exit", () => {
  for (const child of running) child.kill("SIGTERM");
});

export async function isServing(url: string): Promise<boolean> {
  return fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
    (response) => response.ok,
    () => false,
  );
}

export async function startPortalProcess(options: PortalProcessOptions): Promise<PortalProcess> {
  const { name, port, mode, logFile, distDir } = options;
  const url = `http://127.0.0.1:${port}`;
  if (await isServing(url)) throw new Error(`端口 ${port} 已有门户在运行,请先停止它`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), NEXT_DIST_DIR: distDir };
  if (!options.env.DATABASE_URL) delete env.DATABASE_URL;
  const args = [...NODE_SCRIPT_FLAGS, "scripts/start.ts", ...(mode === "demo" ? ["--demo"] : [])];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      log.end();
      resolve();
    }),
  );
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  const portal: PortalProcess = {
    name,
    url,
    pid: child.pid!,
    logFile,
    stop: () => end("SIGTERM"),
    kill9: () => end("SIGKILL"),
  };
  const deadline = Date.now() + (options.readyWithinMs ?? 300_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`门户 ${name} 启动失败 (退出码 ${child.exitCode}),见 ${logFile}`);
    if (await isServing(url)) return portal;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await portal.stop();
  throw new Error(`门户 ${name} 未在时限内就绪,见 ${logFile}`);
}

/** Stops every portal still running (on SIGINT/SIGTERM of the calling script). */
export async function stopAllPortalProcesses(): Promise<void> {
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
