// 办结销号 in the browser: 城厢区 has reached its quota of 革命遗址修缮项目 (point 34, led by 老区扶建办)
// in the demo history; it applies from its task page, the lead department verifies, the supervisor
// 销号, and the dashboard counts it 已办结. Point 34 is no other spec's.
import { expect, test } from "@playwright/test";
import { switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";
import { pdfBytes } from "../unit/fixtures/attachment-files";

test("a county applies to close a reached indicator → the lead department verifies → the supervisor 销号 → 已办结 on the dashboard", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "chengxiang-reporter");
  await page.goto("/units/chengxiang");
  const item = page.getByTestId("closeout-subject").filter({ hasText: "· 革命遗址修缮项目" });
  // Where the quota is not reached (城厢区 has not built its 长者之家 yet), there is no button.
  await expect(
    page.getByTestId("closeout-subject").filter({ hasText: "第11条" }).filter({ hasText: "· 新建长者之家" }),
  ).not.toContainText("申请办结");
  await item.getByRole("link", { name: "申请办结" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申请办结 · 城厢区");
  await expect(page.getByTestId("closeout-standing")).toContainText("目标 1个");
  await page.getByRole("button", { name: "提交办结申请" }).click();
  await expect(page.getByText("请填写办结情况说明").first()).toBeVisible();
  await page.getByLabel("办结情况说明").fill("东岩山革命遗址修缮完工,已通过验收");
  await page.getByRole("button", { name: "提交办结申请" }).click();
  await expect(page).toHaveURL(/\/closeouts\/\d+$/);
  const url = new URL(page.url()).pathname;
  await expect(page.getByTestId("closeout-state")).toHaveText("待核验");
  await expect(page.getByTestId("closeout-facts")).toContainText("完成率");
  await page
    .getByLabel("上传附件")
    .setInputFiles({ name: "革命遗址修缮验收意见.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });
  await expect(page.getByRole("link", { name: "革命遗址修缮验收意见.pdf" })).toBeVisible();

  await switchTo(page, "dept-laoqu");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "办结销号" }).click();
  await page.getByTestId("closeout-row").filter({ hasText: "城厢区" }).getByRole("link").click();
  await expect(page.getByRole("link", { name: "革命遗址修缮验收意见.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "核验通过" }).click();
  await expect(page.getByTestId("closeout-state")).toHaveText("待销号");

  await switchTo(page, "supervisor");
  await page.goto(url);
  await page.getByRole("button", { name: "销号" }).click();
  await expect(page.getByTestId("closeout-state")).toHaveText("已办结 · 2022年11月3日");
  await page.getByRole("link", { name: /第34条/ }).click();
  await expect(page.getByTestId("closed-note")).toContainText("城厢区 · 革命遗址修缮项目 · 已办结 2022年11月3日");

  await page.goto("/dashboard?period=2022-10");
  await expect(page.getByTestId("closed-counts")).toContainText("已办结(销号):指标 1 项 · 要点 0 项");
});
