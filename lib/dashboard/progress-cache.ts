// Progress is computed once per change, not per request. The database's ProgressStamp is bumped at
// the commit of every change progress depends on (see its migration), so each request asks it one
// small question and every portal instance sharing the database sees the same answer: a hit in
// this process's memory, else a hit in the shared ProgressCache table, else a computation.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readProgressVersion } from "./progress-sql";

const MEMORY_LIMIT = 64;
const memory = new Map<string, unknown>();
// Concurrent misses of one key and version share one computation: each would otherwise hold a pooled
// connection in its own transaction, and a burst (every key changes at midnight, or after an
// approval) ran the pool dry: requests failed with "Unable to start a transaction in the given time".
const inFlight = new Map<string, Promise<unknown>>();

type Versioned = { dataVersion: string };

export async function readThroughProgressCache<T extends Versioned>(
  db: PrismaClient,
  key: string,
  compute: () => Promise<T | null>,
): Promise<T | null> {
  const version = await readProgressVersion(db);
  const id = `${key}@${version}`;
  const remembered = memory.get(id);
  if (remembered) return remembered as T;
  let pending = inFlight.get(id) as Promise<T | null> | undefined;
  if (!pending) {
    pending = readOrCompute(db, key, version, compute).finally(() => inFlight.delete(id));
    inFlight.set(id, pending);
  }
  return pending;
}

async function readOrCompute<T extends Versioned>(
  db: PrismaClient,
  key: string,
  version: string,
  compute: () => Promise<T | null>,
): Promise<T | null> {
  const [stored] = await db.$queryRaw<
    { payload: T }[]
  >`SELECT payload FROM "ProgressCache" WHERE key = ${key} AND version = ${BigInt(version)}`;
  if (stored) return remember(key, stored.payload);
  const computed = await compute();
  if (!computed) return null;
  // An older computation never replaces a newer one another instance stored meanwhile.
  await db.$executeRaw`
    INSERT INTO "ProgressCache" (key, version, payload) VALUES (${key}, ${BigInt(computed.dataVersion)}, ${JSON.stringify(computed)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version, payload = EXCLUDED.payload, "computedAt" = now()
     WHERE "ProgressCache".version < EXCLUDED.version`;
  await pruneProgressCache(db);
  return remember(key, computed);
}

function remember<T extends Versioned>(key: string, value: T): T {
  if (memory.size >= MEMORY_LIMIT) memory.clear();
  memory.set(`${key}@${value.dataVersion}`, value);
  return value;
}

/** Old days' entries (the key carries the day, for overdue counts) are dropped now and then. */
export async function pruneProgressCache(db: PrismaClient): Promise<void> {
  await db.$executeRaw`DELETE FROM "ProgressCache" WHERE "computedAt" < now() - interval '7 days'`;
}
