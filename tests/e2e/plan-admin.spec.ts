// The supervisor sets a point up in the browser (the demo's 2022 plan is published, so every change
// asks for a reason and lands in the point's 修改记录); a county reporter sees no edit controls and is
// refused at the edit pages. Point 42 (a qualitative point of 办公室, after every point other specs read) is this spec's own; what it
// adds is retired again at the end, so the demo's duties and figures stay as the other specs expect.
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const POINT = "/plans/2022/points/42";

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function retire(page: Page, name: string, reason: string) {
  await page.goto(POINT);
  await page.getByRole("link", { name: `修改${name}` }).click();
  await page.getByLabel("停用原因(必填)").fill(reason);
  await page.getByRole("button", { name: "停用该指标" }).click();
  await expect(page).toHaveURL(new RegExp(`${POINT}$`));
  const row = page.getByTestId("indicator-row").filter({ hasText: name });
  await expect(row).toHaveAttribute("data-retired", "true");
  await expect(row).toContainText(reason);
}

for (const [label, viewport] of [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the supervisor edits a point, adds a milestone and an indicator with its 年初值, retires them with reasons and reads the history (${label})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const suffix = label === "desktop" ? "甲" : "乙";
    await signIn(page, "supervisor");
    await page.goto(POINT);
    await expect(
      page.getByText("本条要点(定性)还没有指标或里程碑").or(page.getByTestId("indicator-row").first()),
    ).toBeVisible();

    // The point: a short title and a 配合单位, with the reason a published plan asks for.
    await page.getByRole("link", { name: "修改要点" }).click();
    await page.getByLabel("简称(不超过16个字)").fill(`数字化建设${suffix}`);
    await noSidewaysScroll(page);
    await page.getByLabel("荔城区").check();
    await page.getByLabel(/修改原因/).fill("明确县区配合");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page).toHaveURL(new RegExp(`${POINT}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`数字化建设${suffix}`);
    await expect(page.locator("article header")).toContainText("配合单位荔城区");

    // A milestone, from the point page itself.
    const milestone = page.getByRole("form", { name: "添加里程碑" });
    await milestone.getByLabel("里程碑").fill(`出台实施办法${suffix}`);
    await milestone.getByLabel("完成时限").fill("2022-06-30");
    await milestone.getByLabel(/修改原因/).fill("分解定性任务");
    await milestone.getByRole("button", { name: "添加里程碑" }).click();
    await expect(page.getByText(`已添加里程碑「出台实施办法${suffix}」。`)).toBeVisible();
    const milestoneRow = page.getByTestId("indicator-row").filter({ hasText: `出台实施办法${suffix}` });
    await expect(milestoneRow).toContainText("6月30日前完成");
    await expect(milestoneRow).toContainText("不分解(牵头单位报送)");

    // An indicator: a fraction on a whole-number indicator is refused beside the field, then saved.
    await page.getByRole("link", { name: "+ 添加指标" }).click();
    await page.getByLabel("指标名称").fill(`数据共享事项${suffix}`);
    await noSidewaysScroll(page);
    await page.getByLabel(/计量单位/).fill("项");
    await page.getByLabel("年度目标值").fill("120.5");
    await page.getByLabel("分解到县区的方式").selectOption({ label: "不分解(牵头单位报送)" });
    await page.getByLabel(/修改原因/).fill("补充量化指标");
    await page.getByRole("button", { name: "添加指标" }).click();
    const targetError = page.locator("#target-error");
    await expect(targetError).toHaveText("该指标按整数计,目标值须为整数(现为 120.5)。");
    await expect(page.getByLabel("年度目标值")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("年度目标值").fill("120");
    await page.getByRole("button", { name: "添加指标" }).click();
    await expect(page).toHaveURL(new RegExp(`${POINT}$`));
    const indicatorRow = page.getByTestId("indicator-row").filter({ hasText: `数据共享事项${suffix}` });
    await expect(indicatorRow).toContainText("120项");
    await expect(indicatorRow).toContainText("按月均衡");
    await expect(indicatorRow).toContainText("整数");
    await noSidewaysScroll(page);

    // Its 年初值: not split, so the lead department (办公室) is its one reporting unit.
    await page.getByRole("link", { name: `数据共享事项${suffix}的年初值` }).click();
    await noSidewaysScroll(page);
    await page.getByLabel("办公室年初值").fill("5");
    await page.getByLabel(/修改原因/).fill("上年结转");
    await page.getByRole("button", { name: "保存年初值" }).click();
    await expect(page.getByText("年初值已保存,看板已按新的年初值计算。")).toBeVisible();
    await page.goto(POINT);
    await expect(indicatorRow).toContainText("办公室 5项");

    await retire(page, `数据共享事项${suffix}`, "与第4条指标重复");
    await retire(page, `出台实施办法${suffix}`, "并入年度考核方案");

    const history = page.getByTestId("history-entry");
    await expect(history.first()).toContainText("停用里程碑");
    await expect(history.first()).toContainText("并入年度考核方案");
    await expect(history.filter({ hasText: "新增指标" }).first()).toContainText("补充量化指标");
    // The oldest point edit is the one that added 荔城区 (a second run only renames the point).
    await expect(history.filter({ hasText: "修改工作要点" }).last()).toContainText("配合单位:(无) → 改为荔城区");
    await expect(history.filter({ hasText: "修改工作要点" }).first()).toContainText(`数字化建设${suffix}`);
    await expect(history.filter({ hasText: "修改工作要点" }).first()).toContainText("明确县区配合");
    await noSidewaysScroll(page);
  });
}

test("a county reporter reads the point without edit controls and is refused at the edit pages", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "licheng-reporter");
  await page.goto(POINT);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("42.");
  await expect(page.getByRole("heading", { name: "修改记录" })).toBeVisible();
  await expect(page.getByRole("link", { name: "修改要点" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "+ 添加指标" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "添加里程碑" })).toHaveCount(0);
  await noSidewaysScroll(page);
  for (const path of [`${POINT}/edit`, `${POINT}/indicators/new`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();
  }
});
