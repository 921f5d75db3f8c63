import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

// Runs against the second server of playwright.config.ts, whose idle timeout is 3 seconds.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

test("an idle session expires on the server", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/plans/2022");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2022年");
  await page.waitForTimeout(4_500);
  await page.goto("/plans/2022");
  await expect(page).toHaveURL(/\/login/);
});
