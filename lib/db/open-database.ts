import "server-only";
import getPort from "get-port";
import type { PortalEnv } from "@/lib/env";
import { findRunningEmbeddedDatabase, startEmbeddedDatabase } from "./embedded-server";

export type DatabaseKind = "embedded" | "external";
export type OpenDatabase = { url: string; kind: DatabaseKind; stop: () => Promise<void> };

const nothingToStop = async () => {};

/**
 * The database for this process: DATABASE_URL when set, otherwise the embedded server on the data
 * directory. With `shareRunning`, a server a live portal already runs there is used as it is
 * (commands such as plan:export run beside the portal); the portal itself never shares.
 */
export async function openDatabase(env: PortalEnv, { shareRunning = false } = {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, kind: "external", stop: nothingToStop };
  if (shareRunning) {
    const running = await findRunningEmbeddedDatabase(env.dataDir);
    if (running) return { url: running, kind: "embedded", stop: nothingToStop };
  }
  const port = env.EMBEDDED_DB_PORT ?? (await getPort({ host: "127.0.0.1" }));
  const server = await startEmbeddedDatabase(env.dataDir, port);
  return { ...server, kind: "embedded" };
}
