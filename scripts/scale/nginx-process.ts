// Debian's nginx as a child of the calling script (`daemon off`), on a configuration written for this
// run; stopped with the cluster (SIGQUIT lets it finish what it serves, SIGKILL if it does not).
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { nginxConfig, type NginxSettings } from "./nginx-config";

export const NGINX_BINARY = process.env.NGINX_BINARY ?? "/usr/sbin/nginx";

export type NginxProcess = { url: string; pid: number; stop: () => Promise<void> };

const running = new Set<ChildProcess>();

// A last resort when the calling script exits without stopping it: nginx outlives its parent otherwise.
process.once("exit", () => {
  for (const child of running) child.kill("SIGQUIT");
});

export async function startNginx(settings: Omit<NginxSettings, "asRoot">): Promise<NginxProcess> {
  const asRoot = process.getuid?.() === 0;
  // Workers run as nobody under root: they write request bodies into the run's directory.
  if (asRoot) await chmod(settings.dir, 0o755);
  const confFile = path.join(settings.dir, "nginx.conf");
  await writeFile(confFile, nginxConfig({ ...settings, asRoot }));
  const errorLog = path.join(settings.dir, "error.log");
  const output = createWriteStream(path.join(settings.dir, "nginx-output.log"));
  // -e: the error log before the configuration is read (the default one under /var/log may not be writable).
  const child = spawn(NGINX_BINARY, ["-e", errorLog, "-p", settings.dir, "-c", confFile, "-g", "daemon off;"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(output, { end: false });
  child.stderr?.pipe(output, { end: false });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      output.end();
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${settings.port}`;
  const stop = () => stopChild(child, exited);
  try {
    await waitUntilListening(url, child);
  } catch (error) {
    await stop();
    const log = await readFile(errorLog, "utf8").catch(() => "");
    throw new Error(`${(error as Error).message}\n${log.trim().split("\n").slice(-5).join("\n")}`);
  }
  return { url, pid: child.pid ?? 0, stop };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGQUIT");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilListening(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx 启动失败 (退出码 ${child.exitCode})`);
    // Any answer will do (a 502 before the portals listen): nginx is up.
    const up = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("nginx 10 秒内未开始监听");
}
