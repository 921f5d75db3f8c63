// 提醒规则, as the supervisor keeps them: reached from 催办, a bad number is refused beside its field
// and changes nothing, a good one is saved (and put back, for the specs after this one).
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("the supervisor changes an automatic reminder rule, and a bad day count is refused beside its field", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await page.goto("/reminders");
  await page.getByRole("link", { name: "自动提醒规则" }).click();
  await expect(page.getByRole("heading", { name: "自动提醒规则" })).toBeVisible();
  const before = page.getByLabel("报送截止前 3 天:天数");
  const save = page.getByRole("button", { name: "保存规则" });

  await before.fill("0");
  await save.click();
  await expect(page.getByText("天数至少为 1 天。", { exact: true }).first()).toBeVisible();
  await expect(before).toHaveAttribute("aria-invalid", "true");

  await before.fill("2");
  await page.getByLabel("启用“逾期 3 天”").uncheck();
  await save.click();
  await expect(page.getByRole("status")).toHaveText("已保存 2 条规则的修改。");
  await expect(before).not.toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(page.getByLabel("报送截止前 2 天:天数")).toHaveValue("2");
  await expect(page.getByLabel("启用“逾期 3 天”")).not.toBeChecked();
  await page.getByLabel("报送截止前 2 天:天数").fill("3");
  await page.getByLabel("启用“逾期 3 天”").check();
  await save.click();
  await expect(page.getByRole("status")).toHaveText("已保存 2 条规则的修改。");
});
