import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("a leader opens the 2022 plan, sees its 43 points and reads point 11's four targets", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/plans/2022");
  await expect(page.getByRole("heading", { level: 1, name: "2022年全市民政工作要点" })).toBeVisible();
  await expect(page.getByTestId("plan-point")).toHaveCount(43);
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(10);

  await page.getByTestId("plan-point").filter({ hasText: /^11\./ }).getByRole("link").click();
  await expect(page).toHaveURL(/\/plans\/2022\/points\/11$/);
  await expect(page.getByText("牵头单位")).toBeVisible();
  await expect(page.getByText("养老服务科").first()).toBeVisible();

  const rows = page.getByTestId("indicator-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("长者之家");
  await expect(rows.nth(0)).toContainText("30个");
  await expect(rows.nth(1)).toContainText("长者食堂");
  await expect(rows.nth(1)).toContainText("25个");
  await expect(rows.nth(2)).toContainText("农村幸福院");
  await expect(rows.nth(2)).toContainText("5个");
  await expect(rows.nth(3)).toContainText("135个");

  const quotas = page.getByRole("table").nth(1);
  await expect(quotas).toContainText("仙游县");
  await expect(quotas.getByRole("row", { name: /合计/ })).toContainText("30");
});

test("a point's page fits a phone screen without sideways scrolling of the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "xianyou-reporter");
  await page.goto("/plans/2022/points/17");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("17.");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the plan is served as JSON to an API token, and the health check to anyone", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "embedded" });

  const anonymous = await request.get("/api/v1/plans/2022");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ status: 401, detail: "未登录、登录已失效或令牌无效。" });

  const response = await request.get("/api/v1/plans/2022", {
    headers: { Authorization: "Bearer ptk_demo_leader_readonly_2022" },
  });
  expect(response.status()).toBe(200);
  const plan = await response.json();
  expect(plan).toMatchObject({
    year: 2022,
    title: "2022年全市民政工作要点",
    docNumber: "莆民〔2022〕11号",
    issuedAt: "2022-02-15",
  });
  expect(plan.sections).toHaveLength(10);
  expect(
    (
      await request.get("/api/v1/plans/2099", { headers: { Authorization: "Bearer ptk_demo_leader_readonly_2022" } })
    ).status(),
  ).toBe(404);
});
