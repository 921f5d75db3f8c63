import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("the supervisor weights a section and the dashboard's plan completion follows; a bad weight changes nothing", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await page.goto("/dashboard?period=2022-10");
  const before = await page.getByTestId("plan-completion").textContent();
  await page.getByRole("link", { name: "调整完成率权重" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年完成率权重");

  const section = page.getByLabel("第9部分权重");
  await section.fill("-2");
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.getByText("不能为负数")).toBeVisible();

  await section.fill("５");
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.getByText("已保存 1 项权重")).toBeVisible();
  await page.goto("/dashboard?period=2022-10");
  await expect(page.getByTestId("plan-completion")).not.toHaveText(before!);

  await page.goto("/plans/2022/weights");
  await page.getByLabel("第9部分权重").fill("1");
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.getByText("已保存 1 项权重")).toBeVisible();
  await page.goto("/dashboard?period=2022-10");
  await expect(page.getByTestId("plan-completion")).toHaveText(before!);
});

test("the supervisor gives an indicator its own 序时进度 and its dashboard follows; a falling month is refused; back to month ÷ 12", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await page.goto("/plans/2022/weights");
  // A linear indicator without a baseline: a level one (集中供养率, reach and hold) expects 100% whatever curve is saved.
  const link = page.getByRole("link", { name: "新建长者之家的序时进度:按月平均", exact: true });
  await expect(link).toHaveText("序时进度:按月平均");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/ · 序时进度$/);
  const id = /\/indicators\/(\d+)\/schedule$/.exec(page.url())![1];
  const dashboard = `/dashboard/indicators/${id}?period=2022-10`;
  const timeProgress = (p: typeof page) =>
    p.locator("dt", { hasText: "序时进度" }).locator("xpath=following-sibling::dd");

  // The demo plan is published: a change needs a reason, kept in the point's 修改记录.
  await page.getByLabel(/修改原因/).fill("项目集中在年底竣工");
  await page.getByLabel("3月序时进度(%)", { exact: true }).fill("1");
  await page.getByRole("button", { name: "保存序时进度" }).click();
  await expect(page.getByText("3月的序时进度 (1%) 低于2月 (16.7%):累计进度不能回落")).toBeVisible();
  await expect(page.getByLabel("3月序时进度(%)", { exact: true })).toHaveAttribute("aria-invalid", "true");

  const backLoaded = [0, 0, 0, 5, 5, 5, 10, 15, 20, 30, 60, 100];
  for (const [index, share] of backLoaded.entries())
    await page.getByLabel(`${index + 1}月序时进度(%)`, { exact: true }).fill(String(share));
  await page.getByRole("button", { name: "保存序时进度" }).click();
  await expect(page.getByText("已保存,看板已按新的序时进度计算。")).toBeVisible();
  await page.goto(dashboard);
  await expect(timeProgress(page)).toHaveText("30.0%");

  await page.getByRole("link", { name: "调整本指标的序时进度" }).click();
  await page.getByLabel(/修改原因/).fill("改回按月均衡");
  await page.getByRole("button", { name: "恢复为按月均衡" }).click();
  await expect(page.getByText("已恢复为按月均衡。")).toBeVisible();
  await expect(page.getByLabel("10月序时进度(%)", { exact: true })).toHaveValue("83.3");
  await page.goto(dashboard);
  await expect(timeProgress(page)).toHaveText("83.3%");
});
