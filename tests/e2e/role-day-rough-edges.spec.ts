// Issue 18 §2, as its people meet it on the demo data (clock 2022-11-03, two September reports
// stuck: Beian's returned by the city, Meizhou's sent back by its own county head): a second 催办
// the same day asks first; no form shows the browser's own bubbles; the leader's overdue links all
// open, and the section and point pages carry the dashboard's figures.
import { expect, type Page, test } from "@playwright/test";
import { switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";

/** Every form on the page opts out of the browser's validation bubbles. */
async function expectNoNativeValidation(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const forms = await page
    .locator("form")
    .evaluateAll((all) =>
      all.map((form) => ({ id: form.id || form.className, noValidate: (form as HTMLFormElement).noValidate })),
    );
  for (const form of forms) expect(form.noValidate, `${path}: ${form.id}`).toBe(true);
  return forms.length;
}

test("a second 催办 of the same unit and month on the same day asks for an explicit confirmation", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/reminders?period=2022-09");
  // The month list starts at the plan's first month, never before the plan.
  const months = await page.getByRole("combobox", { name: "月份" }).locator("option").allTextContents();
  expect(months.at(-1)).toBe("2022年1月");
  const row = page.getByTestId("overdue-unit").filter({ hasText: "湄洲岛" });
  // Every dialog is accepted but the first "already reminded today", which is declined once.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    const firstRepeat =
      dialog.message().startsWith("今天已催办过") && dialogs.filter((text) => text.startsWith("今天")).length === 1;
    void (firstRepeat ? dialog.dismiss() : dialog.accept());
  });
  const status = row.getByRole("status");
  await row.getByRole("button", { name: "催办" }).click();
  await expect(status).toContainText("已催办 1 个单位");
  await expect(row).not.toContainText("未催办");
  expect(dialogs).toHaveLength(1);

  // Again the same day: the server refuses without the second yes; declined, nothing is sent.
  await row.getByRole("button", { name: "催办" }).click();
  await expect.poll(() => dialogs.length).toBe(3);
  expect(dialogs[2]).toMatch(/^今天已催办过湄洲岛.* \d+ 时 \d+ 分,确定再次催办\?$/);
  await expect(status).toBeEmpty();

  // Confirmed, it is sent.
  await row.getByRole("button", { name: "催办" }).click();
  await expect.poll(() => dialogs.length).toBe(5);
  await expect(status).toContainText("已催办 1 个单位");
});

test("no form shows the browser's bubbles: empty fields get a Chinese message beside them", async ({ page }) => {
  await page.goto("/login");
  expect(await page.locator("form").evaluate((form) => (form as HTMLFormElement).noValidate)).toBe(true);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#username-error")).toHaveText("请输入用户名。");
  await expect(page.locator("#password-error")).toHaveText("请输入密码。");
  await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");

  await signIn(page, "licheng-reporter");
  await expectNoNativeValidation(page, "/extensions");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator("#requestedDue-error")).toHaveText("请选择申请延至的日期");
  await expect(page.locator("#reason-error")).toHaveText("请填写申请理由");

  await switchTo(page, "supervisor");
  let forms = 0;
  for (const path of [
    "/plans/import",
    "/plans/2022/points/11",
    "/plans/2022/points/11/edit",
    "/plans/2022/points/11/indicators/new",
    "/plans/2022/quotas",
    "/plans/2022/weights",
    "/plans/2022/publish",
    "/reminders",
    "/extensions",
    "/account/password",
    "/account/security",
    "/account/tokens",
  ])
    forms += await expectNoNativeValidation(page, path);
  await switchTo(page, "admin");
  for (const path of ["/admin/users", "/admin/units"]) forms += await expectNoNativeValidation(page, path);
  expect(forms).toBeGreaterThanOrEqual(12);
});

test("the leader opens every overdue link, sees 县区退回修改中 unlinked, and the plan pages carry the dashboard's figures", async ({
  page,
}) => {
  await signIn(page, "leader");
  await page.goto("/dashboard");
  const list = page.getByTestId("overdue-list");
  await expect(list.locator("[data-report-links=ready]")).toBeVisible();
  const sentBack = list.getByTestId("overdue-report").filter({ hasText: "县区退回修改中" });
  await expect(sentBack).toHaveCount(1);
  await expect(sentBack).toContainText("湄洲岛");
  await expect(sentBack.locator("a[href^='/reports/']")).toHaveCount(0);
  const links = await list.locator("a[href^='/reports/']").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect((await page.request.get(href!)).status(), href!).toBe(200);

  // The drill-down keeps the dashboard's numbers: a section with figures reads on the plan page as on the dashboard.
  const section = page
    .getByTestId("section-table")
    .locator("tbody tr")
    .filter({ has: page.locator("[data-status]") })
    .first();
  const completion = (await section.locator("td").first().textContent())!.trim();
  const status = await section.locator("[data-status]").getAttribute("data-status");
  const link = section.getByRole("link").first();
  const no = (await link.getAttribute("href"))!.match(/#section-(\d+)$/)![1];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/plans/2022\\?period=2022-10#section-${no}$`));
  const heading = page.getByTestId("plan-section-heading").filter({ has: page.locator(`#section-${no}`) });
  await expect(heading.getByTestId("progress-facts")).toContainText(`完成率 ${completion}`);
  await expect(heading.locator(`[data-status=${status}]`)).toBeVisible();
  const quantitative = page.getByTestId("plan-point").filter({ has: page.locator("[data-status]") });
  expect(await quantitative.count()).toBeGreaterThan(0);

  await page.goto("/plans/2022/points/11");
  const progress = page.getByTestId("point-progress");
  await expect(progress.getByTestId("progress-facts")).toContainText(/完成率 \d+\.\d%/);
  await expect(progress.locator("[data-status]").first()).toBeVisible();
});
