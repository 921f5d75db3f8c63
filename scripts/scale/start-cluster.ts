// Two portal instances on one external PostgreSQL behind Debian's nginx, round-robin, sharing one
// evidence directory: the production layout of docs/deploy.md on one machine, for npm run scale-demo
// and the scale test (tests/scale). Instance A starts first and seeds (demo mode); B joins the same
// database. Everything started here is stopped by `stop()`, in reverse order.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type PortalProcess, startPortalProcess } from "../cluster/portal-process";
import { startPostgresServer } from "../cluster/postgres-server";
import { type NginxProcess, startNginx } from "./nginx-process";

export type ClusterOptions = {
  /** Kept between runs: the PostgreSQL folder (without databaseUrl), the shared evidence, the logs. */
  dir: string;
  /** An external database to use instead of starting one in `dir`. */
  databaseUrl?: string;
  /** nginx's port; the instances take the next two. */
  port: number;
  authSecret: string;
  distDir: string;
  /** Added to both instances' environment (e.g. BACKUP_CRON). */
  env?: Record<string, string>;
  progress?: (line: string) => void;
};

export type Cluster = {
  url: string;
  databaseUrl: string;
  instances: PortalProcess[];
  stop: () => Promise<void>;
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { dir, port, progress = () => {} } = options;
  const stops: (() => Promise<void>)[] = [];
  // Last started, first stopped: nginx, B, A, the database. Once, however often it is called (Ctrl-C twice).
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step().catch((error: Error) => console.error(error.message));
  };
  try {
    await mkdir(dir, { recursive: true });
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startPostgresServer(path.join(dir, "postgres"));
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
      progress(`PostgreSQL: 127.0.0.1:${postgres.port}`);
    }
    // nginx's own files live in a fresh temp folder: they mean nothing after the run.
    const nginxDir = await mkdtemp(path.join(os.tmpdir(), "portal-nginx-"));
    stops.push(() => rm(nginxDir, { recursive: true, force: true }));
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...options.env,
      DATABASE_URL: databaseUrl,
      // One evidence store for both; with DATABASE_URL no instance takes the data directory's lock.
      PORTAL_DATA_DIR: path.resolve(dir, "portal-data"),
      AUTH_SECRET: options.authSecret,
      NEXTAUTH_URL: url,
      TRUSTED_PROXIES: "127.0.0.1",
    };
    const instances: PortalProcess[] = [];
    for (const [index, name] of ["A", "B"].entries()) {
      progress(`门户 ${name} 启动中 (端口 ${port + 1 + index})…`);
      const instance = await startPortalProcess({
        name,
        port: port + 1 + index,
        mode: "demo",
        env,
        logFile: path.resolve(dir, `portal-${name}.log`),
        distDir: options.distDir,
        // A's start builds the app when its sources changed (a few minutes on a busy machine); B's finds it built.
        readyWithinMs: index === 0 ? 900_000 : 300_000,
      });
      stops.push(instance.stop);
      instances.push(instance);
    }
    const nginx: NginxProcess = await startNginx({
      dir: nginxDir,
      port,
      upstreams: instances.map((instance) => new URL(instance.url).host),
    });
    stops.push(nginx.stop);
    return { url, databaseUrl, instances, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
