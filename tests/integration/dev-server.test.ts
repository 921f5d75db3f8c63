// npm run dev on a fresh data directory, as a newcomer starts it: the embedded database is created
// and seeded, Next runs in development mode behind the portal's own server, the leader's /dashboard
// is the pre-rendered page reached through the front door, and Ctrl-C stops everything cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { signIn } from "@/scripts/bench/sign-in";
import { findFreePort } from "./helpers/free-port";

const DATA_DIR = `test-data/dev-${process.pid}`;
const STARTUP_MS = 150_000;

let child: ChildProcess;
let output = "";
let baseUrl: string;

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode}):\n${output}`);
    const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (health?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`npm run dev did not answer /api/health in time:\n${output}`);
}

// Next logs a request once its response has gone out, so the line may follow the response by a moment.
async function waitForOutput(pattern: RegExp, deadline: number): Promise<string> {
  while (!pattern.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return output;
}

// Ctrl-C in a terminal signals the whole process group: npm, the portal and its PostgreSQL server.
function pressCtrlC(): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid!, "SIGINT");
  return exited;
}

async function groupIsGone(deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

beforeAll(async () => {
  await rm(DATA_DIR, { recursive: true, force: true });
  const port = await findFreePort();
  baseUrl = `http://localhost:${port}`;
  // Not the tier's database: npm run dev opens its own embedded one, as on a fresh clone.
  const { DATABASE_URL: _tierDatabase, NEXTAUTH_URL: _address, ...env } = process.env;
  child = spawn("npm", ["run", "dev"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(await findFreePort()),
      PORTAL_DATA_DIR: DATA_DIR,
      // Development output goes to <dist>/dev; the tests' own folder keeps the portal's .next untouched.
      NEXT_DIST_DIR: ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk));
  await waitForHealth(Date.now() + STARTUP_MS);
}, STARTUP_MS + 10_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) await pressCtrlC();
  await groupIsGone(Date.now() + 30_000);
  await rm(DATA_DIR, { recursive: true, force: true });
}, 60_000);

describe("npm run dev", () => {
  it("starts in development mode on the embedded database", async () => {
    expect(output).toMatch(/开发模式, 内置数据库\) 已启动/);
    expect(await (await fetch(`${baseUrl}/api/health`)).json()).toEqual({ status: "ok", database: "embedded" });
  });

  it("serves the leader's /dashboard as the pre-rendered page, through the front door", async () => {
    const cookie = await signIn(baseUrl, "leader", DEMO_PASSWORD);
    const response = await fetch(`${baseUrl}/dashboard?period=2022-10`, { headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>督办看板 · 民政工作要点督办平台</title>");
    const servedAs = /GET \/prerendered\/dashboard\/2022-10\/\d{4}-\d{2}-\d{2}\/\d+\?period=2022-10 200 /;
    expect(await waitForOutput(servedAs, Date.now() + 10_000)).toMatch(servedAs);
    // Asked for directly, the pre-rendered page does not exist, in development as in production.
    expect((await fetch(`${baseUrl}/prerendered/dashboard/2022-10/2022-11-03/1`, { headers: { cookie } })).status).toBe(
      404,
    );
  }, 120_000);

  it("stops on Ctrl-C with its database server shut down and the data directory released", async () => {
    await pressCtrlC();
    expect(await groupIsGone(Date.now() + 30_000)).toBe(true);
    expect(existsSync(path.join(DATA_DIR, "pg", "postmaster.pid"))).toBe(false);
    expect(existsSync(path.join(DATA_DIR, "portal.lock"))).toBe(false);
    expect(output).not.toMatch(/Error|错误/);
  }, 60_000);
});
