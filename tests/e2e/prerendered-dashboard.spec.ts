// The dashboard is served from a page rendered once per period, day and data version (the front
// door, lib/prerendered/front-door.ts): every viewer still gets their own header, a shared cache
// may never keep it, its internal address cannot be asked for, and a signed-out session gets
// nothing from it the moment it ends.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("the leader's dashboard comes with the leader's own header, marked private, and navigates in the page", async ({
  page,
}) => {
  await signIn(page, "leader");
  const response = await page.goto("/dashboard?period=2022-10");
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  await expect(page.getByTestId("current-user")).toHaveText("局领导 · 莆田市民政局 · 局领导");
  await expect(
    page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "督办看板" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "调整完成率权重" })).toHaveCount(0);
  await page.getByRole("combobox", { name: "统计月份" }).selectOption("2022-09");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/\/dashboard\?period=2022-09$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2022年9月");
  // A link inside the page navigates without reloading it: the page data comes the same way.
  await page.getByRole("link", { name: "← 上月" }).click();
  await expect(page).toHaveURL(/\/dashboard\?period=2022-08$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2022年8月");
  await expect(page.getByTestId("current-user")).toHaveText("局领导 · 莆田市民政局 · 局领导");
});

test("the supervisor sees the same page with the supervisor's header and the link to the weights", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/dashboard?period=2022-10");
  await expect(page.getByTestId("current-user")).toContainText("督查专员");
  await expect(page.getByRole("link", { name: "调整完成率权重" })).toBeVisible();
});

test("the internal address of a pre-rendered page answers 404, signed in or not, however it is spelt", async ({
  page,
  request,
}) => {
  await signIn(page, "leader");
  // Any well-formed address would be rendered on the spot if it were let through (the version is only a key).
  for (const path of ["/prerendered/dashboard/2022-10/2022-11-03/1", "/%70rerendered/dashboard/2022-10/2022-11-03/1"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test("after signing out, the old session cookie no longer opens the dashboard", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, "leader");
  await page.goto("/dashboard?period=2022-10");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);
  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const response = await replay.get("/dashboard?period=2022-10", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/^\/login/);
  await replay.dispose();
});

test("a county's reporter is refused the whole plan's dashboard", async ({ page }) => {
  await signIn(page, "xiuyu-reporter");
  const response = await page.goto("/dashboard?period=2022-10");
  expect(response?.status()).toBe(404);
});
