// Runs the scenarios in order on the suite's own PostgreSQL and portal, the invariants after each,
// and returns the table's rows. Everything it starts is stopped on the way out (stopAll), also on
// SIGINT/SIGTERM (scripts/faults.ts).
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { isServing, type PortalProcess, startPortalProcess } from "../cluster/portal-process";
import { type PostgresServer, startPostgresServer } from "../cluster/postgres-server";
import { FAULTS_CLOCK, FAULTS_DATA_DIR, FAULTS_PORT, type FaultContext, type Scenario } from "./context";
import { checkInvariants } from "./invariants";
import { SubmissionLedger } from "./ledger";
import type { ScenarioRow } from "./print-table";
import { Tally } from "./tally";

let postgres: PostgresServer | null = null;
let portal: PortalProcess | null = null;
let db: PrismaClient | null = null;

/** Stops the portal, then the database (each at most once). */
export async function stopAll(): Promise<void> {
  const running = portal;
  portal = null;
  await running?.stop().catch(() => {});
  await db?.$disconnect().catch(() => {});
  db = null;
  const server = postgres;
  postgres = null;
  await server?.stop().catch(() => {});
}

async function startContext(short: boolean): Promise<FaultContext> {
  const root = path.resolve(FAULTS_DATA_DIR);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const server = (postgres = await startPostgresServer(path.join(root, "pg")));
  const baseEnv: Record<string, string> = {
    DATABASE_URL: server.url,
    PORTAL_DATA_DIR: path.join(root, "portal"),
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    TRUSTED_PROXIES: "127.0.0.1",
    PORTAL_CLOCK: FAULTS_CLOCK,
    REMINDER_CRON: "off",
    SUPERVISION_CRON: "off",
    BACKUP_CRON: "off",
  };
  let starts = 0;
  let lastStartMs = 0;
  const start = async (env: Record<string, string> = {}) => {
    starts += 1;
    const begun = Date.now();
    portal = await startPortalProcess({
      name: "faults",
      port: FAULTS_PORT,
      mode: "demo",
      env: { ...baseEnv, ...env },
      logFile: path.join(root, `portal-${starts}.log`),
      distDir: ".next-test",
      // The first start builds the app when .next-test is stale (minutes on a busy machine).
      readyWithinMs: starts === 1 ? 900_000 : 120_000,
    });
    lastStartMs = Date.now() - begun;
  };
  console.error(`启动数据库 ${server.url.replace(/:[^:@/]+@/, ":***@")} 与演示门户 (端口 ${FAULTS_PORT}) …`);
  await start();
  db = createPrismaClient(server.url);
  return {
    short,
    baseUrl: `http://localhost:${FAULTS_PORT}`,
    databaseUrl: server.url,
    db,
    postgres: server,
    ledger: new SubmissionLedger(),
    portal: () => {
      if (!portal) throw new Error("门户未运行");
      return portal;
    },
    startPortal: start,
    lastStartMs: () => lastStartMs,
    async restartPortal(env) {
      await portal?.stop();
      portal = null;
      await start(env);
    },
  };
}

export async function runScenarios(scenarios: Scenario[], short: boolean): Promise<ScenarioRow[]> {
  const context = await startContext(short);
  const rows: ScenarioRow[] = [];
  for (const scenario of scenarios) {
    const started = Date.now();
    console.error(`\n▶ ${scenario.name} …`);
    const tally = new Tally();
    try {
      await scenario.run(context, tally);
    } catch (error) {
      tally.problems.push(`中断: ${(error as Error).message}`);
    }
    // A scenario that stopped the portal and failed before starting it again leaves it for the next.
    if (!(await isServing(context.baseUrl))) {
      await portal?.stop();
      await context.startPortal().catch((error) => tally.problems.push(`门户未能重启: ${error.message}`));
    }
    let invariant: string;
    try {
      const broken = (await checkInvariants(context.db, context.ledger)).filter((result) => result.broken);
      invariant = broken.length ? broken.map((result) => `✗ ${result.name} (${result.detail})`).join("; ") : "通过";
    } catch (error) {
      invariant = `✗ 无法检查: ${(error as Error).message}`;
    }
    const ok = invariant === "通过" && tally.errors === 0 && tally.problems.length === 0;
    const notes = [...tally.notes, ...tally.problems.map((problem) => `✗ ${problem}`)];
    if (tally.latency.count) notes.push(`延迟 ${tally.latency.describe()} (${tally.latency.count} 个请求)`);
    rows.push({
      scenario: scenario.name,
      requests: tally.requests,
      errors: tally.errors,
      invariant,
      verdict: ok ? "通过" : "失败",
      notes,
    });
    console.error(`  ${ok ? "通过" : "失败"} (${((Date.now() - started) / 1000).toFixed(1)} 秒)`);
    for (const note of notes) console.error(`    ${note}`);
  }
  return rows;
}
