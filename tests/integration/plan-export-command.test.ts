import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { readLiveLock } from "@/lib/db/data-dir-lock";
import { spawnPortalStandIn, waitForExit } from "./fixtures/spawn-portal-stand-in";
import { NODE_SCRIPT_FLAGS } from "@/scripts/node-script-flags";

const run = promisify(execFile);

function planExport(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return run(process.execPath, [...NODE_SCRIPT_FLAGS, "scripts/plan-export.ts", ...args], { env: { ...base, ...env } });
}

describe("npm run -s plan:export", () => {
  it("prints the plan as JSON on stdout and nothing else", async () => {
    const { stdout } = await planExport(["--year", "2022"], { DATABASE_URL: inject("databaseUrl") });
    const plan = JSON.parse(stdout);
    expect(plan.sections.flatMap((section: { points: unknown[] }) => section.points)).toHaveLength(43);
    expect(plan.sections[2].points[0].indicators.map((indicator: { target: number }) => indicator.target)).toEqual([
      30, 25, 5, 135,
    ]);
  });

  it("works beside a portal running on the same data directory, using its database", async () => {
    await mkdir("test-data", { recursive: true });
    const dataDir = await mkdtemp(path.resolve("test-data/export-"));
    const portal = await spawnPortalStandIn(dataDir, 54365);
    try {
      const { stdout } = await planExport(["--year", "2022"], { PORTAL_DATA_DIR: dataDir, EMBEDDED_DB_PORT: "54366" });
      expect(JSON.parse(stdout).docNumber).toBe("莆民〔2022〕11号");
      expect((await readLiveLock(dataDir))?.pid).toBe(portal.child.pid);
    } finally {
      portal.child.kill("SIGTERM");
      await waitForExit(portal.child);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("explains a missing year in Chinese on stderr and exits non-zero", async () => {
    const failure = await planExport(["--year", "2099"], { DATABASE_URL: inject("databaseUrl") }).catch(
      (error) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toBe("");
    expect(failure.stderr).toContain("数据库中没有2099年的工作要点");
  });
});
