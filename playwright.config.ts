import { defineConfig, devices } from "@playwright/test";

// The e2e tier runs the real start command in demo mode on its own data directory, port and build
// folder, so it passes beside a running portal. Chromium comes from Debian (Playwright's download
// is unreachable here).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = "test-data/e2e";
// The embedded databases' ports follow the portal's, so two runs on different E2E_PORTs never meet.
const DATABASE_PORT = PORT + 51_252;

// The production portal of tests/e2e/production-year.spec.ts: no demo data, a clock set to early 2022.
export const PRODUCTION_PORT = PORT + 2;
export const PRODUCTION_DATA_DIR = `${DATA_DIR}-production`;
export const PRODUCTION_DATABASE_PORT = DATABASE_PORT + 2;
const PRODUCTION_SPEC = /production-year\.spec\.ts/;

function server(port: number, dataDir: string, databasePort: number, env: Record<string, string>, demo = true) {
  return {
    command: `rm -rf ${dataDir} && node --import tsx --import ./scripts/register-server-only.mjs scripts/start.ts${demo ? " --demo" : ""}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 480_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
    env: {
      PORT: String(port),
      PORTAL_DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(databasePort),
      NEXT_DIST_DIR: ".next-test",
      // Automatic reminders would land in the specs' notification counts at an hour's turn.
      REMINDER_CRON: "off",
      SUPERVISION_CRON: "off",
      // A nightly backup falling inside a run would add its audit row to the specs' counts.
      BACKUP_CRON: "off",
      ...env,
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  globalTimeout: 900_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: PRODUCTION_SPEC },
    {
      name: "production",
      testMatch: PRODUCTION_SPEC,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PRODUCTION_PORT}` },
    },
  ],
  webServer: [
    server(PORT, DATA_DIR, DATABASE_PORT, {}),
    // A second portal with a 3-second idle timeout, for the session-expiry test only.
    server(PORT + 1, `${DATA_DIR}-idle`, DATABASE_PORT + 1, { SESSION_IDLE_MINUTES: "0.05" }),
    // `npm start` as a bureau runs it: nothing but the 2022 plan's document, on the portal's one clock setting.
    server(
      PRODUCTION_PORT,
      PRODUCTION_DATA_DIR,
      PRODUCTION_DATABASE_PORT,
      { PORTAL_CLOCK: "2022-02-07", AUTH_SECRET: "e2e-production-portal-secret-0123456789abcdef" },
      false,
    ),
  ],
});
