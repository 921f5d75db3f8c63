import { defineConfig, devices } from "@playwright/test";

// The e2e tier runs the real start command in demo mode on its own data directory, port and build
// folder, so it passes beside a running portal. Chromium comes from Debian (Playwright's download
// is unreachable here).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = "test-data/e2e";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  globalTimeout: 600_000,
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
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf ${DATA_DIR} && node --import tsx scripts/start.ts --demo`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { PORT: String(PORT), PORTAL_DATA_DIR: DATA_DIR, EMBEDDED_DB_PORT: "54352", NEXT_DIST_DIR: ".next-test" },
  },
});
