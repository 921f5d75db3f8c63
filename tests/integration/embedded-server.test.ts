import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isProcessAlive } from "@/lib/db/data-dir-lock";
import { findRunningEmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded-server";
import { openDatabase } from "@/lib/db/open-database";
import { readEnv } from "@/lib/env";
import { spawnPortalStandIn, waitForExit } from "./fixtures/spawn-portal-stand-in";

const createdDirs: string[] = [];

async function freshDataDir(): Promise<string> {
  await mkdir("test-data", { recursive: true });
  const dir = await mkdtemp(path.resolve("test-data/embedded-"));
  createdDirs.push(dir);
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(createdDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the embedded database on a data directory", () => {
  it("refuses a second portal on the same data directory at once, and the first keeps working", async () => {
    const dataDir = await freshDataDir();
    const first = await spawnPortalStandIn(dataDir, 54361);
    try {
      await expect(startEmbeddedDatabase(dataDir, 54362)).rejects.toThrow(
        `正被另一个门户进程 (PID ${first.child.pid})`,
      );
      const [{ count }] = await query<{ count: string }>(first.url, `SELECT count(*) FROM "WorkPoint"`);
      expect(Number(count)).toBe(43);
    } finally {
      first.child.kill("SIGTERM");
      await waitForExit(first.child);
    }
  });

  it("restarts with its data intact after the portal was killed with SIGKILL", async () => {
    const dataDir = await freshDataDir();
    const killed = await spawnPortalStandIn(dataDir, 54363);
    await query(
      killed.url,
      `CREATE TABLE kill_marker (note text); INSERT INTO kill_marker VALUES ('written before kill -9')`,
    );
    killed.child.kill("SIGKILL");
    await waitForExit(killed.child);
    const orphanPid = Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    expect(isProcessAlive(orphanPid)).toBe(true);

    const restarted = await startEmbeddedDatabase(dataDir, 54363);
    try {
      expect(isProcessAlive(orphanPid)).toBe(false);
      expect(await query(restarted.url, "SELECT note FROM kill_marker")).toEqual([{ note: "written before kill -9" }]);
      const [{ count }] = await query<{ count: string }>(restarted.url, `SELECT count(*) FROM "WorkPoint"`);
      expect(Number(count)).toBe(43);
    } finally {
      await restarted.stop();
    }
  });

  it("stops cleanly: the next start on the same directory succeeds and keeps the data", async () => {
    const dataDir = await freshDataDir();
    const first = await startEmbeddedDatabase(dataDir, 54364);
    await query(first.url, "CREATE TABLE survives (n int); INSERT INTO survives VALUES (7)");
    await first.stop();
    const second = await startEmbeddedDatabase(dataDir, 54364);
    try {
      expect(await query(second.url, "SELECT n FROM survives")).toEqual([{ n: 7 }]);
    } finally {
      await second.stop();
    }
  });

  it("takes a free port of its own when EMBEDDED_DB_PORT is unset, so two data directories start side by side", async () => {
    const [firstDir, secondDir] = [await freshDataDir(), await freshDataDir()];
    const first = await openDatabase(readEnv({ PORTAL_DATA_DIR: firstDir }));
    try {
      const second = await openDatabase(readEnv({ PORTAL_DATA_DIR: secondDir }));
      try {
        expect(new URL(first.url).port).not.toBe(new URL(second.url).port);
        // A command beside the portal finds the port the portal took, through the data directory's lock.
        expect(await findRunningEmbeddedDatabase(firstDir)).toBe(first.url);
        expect(await query(second.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });

  it("refuses a data directory made by another PostgreSQL major version, in Chinese, with the way across", async () => {
    const dataDir = await freshDataDir();
    await mkdir(path.join(dataDir, "pg"), { recursive: true });
    await writeFile(path.join(dataDir, "pg", "PG_VERSION"), "17\n");
    const opening = startEmbeddedDatabase(dataDir, 54363);
    await expect(opening).rejects.toThrow("由 PostgreSQL 17 创建,本版本门户内置的是 PostgreSQL 18");
    await expect(opening).rejects.toThrow("npm run backup");
    await expect(opening).rejects.toThrow("npm run restore");
    // Nothing was touched: the old cluster's marker is still there, no new cluster was made over it.
    expect(readFileSync(path.join(dataDir, "pg", "PG_VERSION"), "utf8")).toBe("17\n");
    expect(existsSync(path.join(dataDir, "pg", "postgresql.conf"))).toBe(false);
  });
});
