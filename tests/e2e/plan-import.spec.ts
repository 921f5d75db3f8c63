import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const DOCUMENT = readFileSync(new URL("./fixtures/plan-2023.txt", import.meta.url), "utf8");

test("a supervisor imports next year's plan: reviews the proposal, corrects it and confirms", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/plans/import");
  await page.getByLabel("工作要点全文").fill(DOCUMENT);
  await page.getByRole("button", { name: "识别结构" }).click();

  await expect(page.getByTestId("import-summary")).toContainText("识别到 2 个部分、3 条要点、3 项候选量化指标");
  await expect(page.getByLabel("文号")).toHaveValue("莆民〔2023〕8号");
  await expect(page.getByLabel("印发日期")).toHaveValue("2023-02-20");
  await expect(page.getByLabel("第1条牵头单位")).toHaveValue("yanglao");
  await expect(page.getByTestId("import-year-taken")).toHaveCount(0);

  // Each indicator's measurement is proposed from its words and can be changed: counted things
  // (长者食堂20个) grow month by month, whole, split across the counties; point 3 has no number.
  const canteens = page.getByTestId("import-point").first().getByTestId("import-indicator").first();
  await expect(canteens.getByLabel("序时进度规则")).toHaveValue("LINEAR");
  await expect(canteens.getByLabel("序时进度规则").locator("option:checked")).toHaveText("按月均衡");
  await expect(canteens.getByLabel("整数")).toBeChecked();
  await expect(canteens.getByLabel("分解方式")).toHaveValue("SPLIT");
  await expect(page.getByLabel("第3条定量或定性")).toHaveValue("QUALITATIVE");
  await canteens.getByLabel("序时进度规则").selectOption("BY_DATE");
  await expect(canteens.getByLabel("完成时限")).toHaveValue("2023-12-31");
  await canteens.getByLabel("完成时限").fill("2023-09-30");
  await expect(canteens.getByLabel("序时进度规则").locator("option:checked")).toHaveText("限期完成(9月底前)");
  await canteens.getByLabel("序时进度规则").selectOption("LINEAR");
  await expect(canteens.getByLabel("完成时限")).toHaveCount(0);

  // Correct the proposal: a clearer title, the lead department of point 3, and drop a number that is no target.
  await page.getByLabel("第1条标题").fill("新建长者食堂");
  await page.getByLabel("第3条牵头单位").selectOption({ label: "基层政权建设和社区治理科" });
  const point1 = page.getByTestId("import-point").first();
  const promotion = point1.getByTestId("import-indicator").filter({ has: page.locator('input[value*="示范点"]') });
  await promotion.getByRole("button", { name: "删除" }).click();
  await expect(point1.getByTestId("import-indicator")).toHaveCount(1);

  await page.getByRole("button", { name: "确认导入 3 条要点" }).click();
  await expect(page).toHaveURL(/\/plans\/2023$/);
  await expect(page.getByRole("heading", { level: 1, name: "2023年全市民政工作要点" })).toBeVisible();
  await expect(page.getByTestId("plan-point")).toHaveCount(3);
  await expect(page.getByTestId("plan-point").first()).toContainText("新建长者食堂");
  await expect(page.getByTestId("plan-point").first()).toContainText("20个");
  await expect(page.getByTestId("plan-point").nth(2)).toContainText("基层政权建设和社区治理科");

  // The same year again is said before the review, refused with a message, and the plan stays as confirmed.
  await page.goto("/plans/import");
  await page.getByLabel("工作要点全文").fill(DOCUMENT);
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByTestId("import-year-taken")).toContainText("2023年的工作要点已在平台中,不能再次导入");
  await page.getByRole("button", { name: "确认导入 3 条要点" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "已存在" })).toHaveText(
    "2023年的工作要点已存在,未做任何改动。",
  );
});
