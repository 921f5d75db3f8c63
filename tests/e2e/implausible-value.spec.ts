import { expect, test } from "@playwright/test";
import { makeFillable, step, switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";

// Xiuyu files point 11 for October 2022 (the month being filed on the demo clock): a fraction of a
// counted thing is refused beside the field, a value beyond three times its quota asks for a 说明,
// and the lead department (养老服务科) sees it flagged in its queue and beside the value.

test("a value beyond belief needs a 说明 and is flagged to the lead department", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "xiuyu-reporter");
  await page.goto("/reports?period=2022-10");
  const row = page.getByTestId("month-row").filter({ hasText: "第11条" });
  const link = row.getByRole("link", { name: /第11条/ });
  await makeFillable(
    page,
    "xiuyu",
    (await link.getAttribute("href"))!,
    (await row.getByTestId("report-state").textContent())!,
  );
  await page.goto("/reports?period=2022-10");
  await page
    .getByTestId("month-row")
    .filter({ hasText: "第11条" })
    .getByRole("link", { name: /第11条/ })
    .click();

  const homes = page.getByTestId("indicator-field").filter({ has: page.getByText("新建长者之家", { exact: true }) });
  // The field's error is inside its label, so once shown the field is found by its name.
  const value = homes.locator('input[name$=".value"]');
  await expect(value).toHaveAttribute("inputmode", "numeric");
  await expect(value).toHaveAttribute("step", "1");
  await value.fill("2.5");
  await page.getByLabel("进展情况").fill("已建成长者之家40个(含上年结转)");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(homes.getByText("「新建长者之家」统计的是整数(个)，不能填 2.5")).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");

  await value.fill("40");
  await expect(homes.getByRole("status")).toHaveText("超过本单位目标的3倍，请说明");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const explanation = homes.locator('input[name$=".explanation"]');
  await expect(explanation).toHaveAttribute("aria-invalid", "true");
  await expect(homes.locator('[id$="-explanation-error"]')).toHaveText("超过本单位目标的3倍，请说明");

  await explanation.fill("含上年结转续建的36个,已按台账核实");
  const events = page.getByTestId("report-event");
  const before = await events.count();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(events).toHaveCount(before + 1);
  const reportUrl = new URL(page.url()).pathname;
  await step(page, "提交审核", "待县区审核");

  await switchTo(page, "xiuyu-approver");
  await page.goto(reportUrl);
  await expect(page.getByTestId("report-value").filter({ hasText: "新建长者之家" })).toContainText(
    "数值异常：超过目标3倍",
  );
  await step(page, "审核通过并报送", "已报送");

  await switchTo(page, "dept-yanglao");
  await page.goto("/reviews");
  const queued = page
    .getByTestId("review-row")
    .filter({ hasText: "秀屿区" })
    .filter({ hasText: "2022年10月" })
    .filter({ hasText: "第11条" });
  await expect(queued.getByTestId("review-implausible")).toHaveText("数值异常 1 项");
  await queued.getByRole("link", { name: /第11条/ }).click();
  const flagged = page.getByTestId("report-value").filter({ hasText: "新建长者之家" });
  await expect(flagged).toContainText("40个");
  await expect(flagged.getByTestId("implausible-flag")).toHaveText("数值异常：超过目标3倍");
  await expect(flagged).toContainText("含上年结转续建的36个,已按台账核实");
});
