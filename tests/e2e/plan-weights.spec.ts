import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("the supervisor weights a section and the dashboard's plan completion follows; a bad weight changes nothing", async ({ page }) => {
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
