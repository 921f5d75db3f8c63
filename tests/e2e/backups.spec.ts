import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

// The administrator's view of the backups: a backup taken beside the running portal (npm run backup,
// as an operator or the nightly job takes one) is listed with its time, result, size and file.
test("the administrator sees the last backup on 数据备份", async ({ page }) => {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const output = execFileSync("npm", ["run", "--silent", "backup"], {
    env: { ...process.env, PORTAL_DATA_DIR: "test-data/e2e", EMBEDDED_DB_PORT: String(port + 51_252) },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const file = output.match(/backup-[^/\s(]+\.tar\.gz/)?.[0] ?? "";
  // The demo's clock names the archive: the demo's 2022, not today.
  expect(file).toMatch(/^backup-2022-\d{2}-\d{2}T\d{4}\+0800(-\d+)?\.tar\.gz$/);

  await signIn(page, "admin");
  await page.getByRole("link", { name: "数据备份" }).click();
  await expect(page).toHaveURL(/\/admin\/backups$/);
  await expect(page.getByRole("heading", { level: 1, name: "数据备份" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: file });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "成功" })).toBeVisible();
  await expect(row.getByRole("cell", { name: /^\d+(\.\d)? (KB|MB)$/ })).toBeVisible();
});
