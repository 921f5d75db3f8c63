import { expect, test, type Page } from "@playwright/test";
import { makeFillable, reportState, step, switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";

// The reporter never loses work and never sends nonsense, on a phone: Hanjiang's point 11 for
// October 2022 (the month being filed on the demo clock).
test.use({ viewport: { width: 390, height: 844 } });

const LEAVE = "填报内容有未保存的修改,离开后这些修改将丢失。确定离开吗?";
const REASON = "长者食堂佐证材料不全,请补充";

async function openPoint11(page: Page, county: string): Promise<string> {
  await page.goto("/reports?period=2022-10");
  // On a phone 本月填报 is a list of cards.
  const row = page.getByTestId("month-card").filter({ hasText: "第11条" });
  const link = row.getByRole("link", { name: /第11条/ });
  const url = (await link.getAttribute("href"))!;
  await makeFillable(page, county, url, (await row.getByTestId("report-state").textContent())!);
  await page.goto(url);
  return url;
}

test("提交审核 sends what is on the screen, refuses a blank figure, asks before leaving; a return stands on top", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signIn(page, "hanjiang-reporter");
  const reportUrl = await openPoint11(page, "hanjiang");
  // Found by name: once its message shows, the message is part of the field's label.
  const homes = page
    .getByTestId("indicator-field")
    .filter({ has: page.getByText("新建长者之家", { exact: true }) })
    .locator('input[name$=".value"]');

  // A cleared cumulative value cannot be sent: refused beside its field, nothing sent.
  await homes.fill("");
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(homes).toHaveAttribute("aria-invalid", "true");
  const homesError = page.locator(`#${await homes.getAttribute("aria-describedby")}`);
  await expect(homesError).toContainText("请填写本月累计值");
  await expect(reportState(page)).not.toHaveText("待县区审核");

  await homes.fill("7");
  await page.getByLabel("进展情况").fill("手机上改过的进展:长者之家7个已验收");

  // An in-app link asks in Chinese; declining keeps the edits on the page.
  page.once("dialog", async (dialog) => {
    expect(dialog.message()).toBe(LEAVE);
    await dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "位置" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  await expect(page.getByLabel("进展情况")).toHaveValue("手机上改过的进展:长者之家7个已验收");
  // A reload asks too (the browser's own question); declining keeps the page.
  const unload = page.waitForEvent("dialog");
  void page.evaluate(() => window.location.reload()).catch(() => {});
  const asked = await unload;
  expect(asked.type()).toBe("beforeunload");
  await asked.dismiss();
  await expect(page.getByLabel("进展情况")).toHaveValue("手机上改过的进展:长者之家7个已验收");

  // Sent without pressing 保存 first: the approver reads the edited text.
  await step(page, "提交审核", "待县区审核");
  await switchTo(page, "hanjiang-approver");
  await page.goto(reportUrl);
  await expect(page.getByTestId("narrative-progress")).toHaveText("手机上改过的进展:长者之家7个已验收");
  await expect(page.getByTestId("report-value").filter({ hasText: "新建长者之家" })).toContainText("7个");
  await step(page, "退回修改", "已退回", REASON);

  // The reason stands above the form, highlighted, until the report is sent again.
  await switchTo(page, "hanjiang-reporter");
  await page.goto(reportUrl);
  const notice = page.getByTestId("return-reason");
  await expect(notice).toContainText(REASON);
  const noticeBox = (await notice.boundingBox())!;
  const formBox = (await page.getByRole("form", { name: "填报表单" }).boundingBox())!;
  expect(noticeBox.y).toBeLessThan(formBox.y);
  await page.getByLabel("进展情况").fill("已补充长者食堂佐证");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("report-event-action").last()).toHaveText("保存草稿");
  await expect(page.getByTestId("report-event").last()).not.toContainText("已退回 → 已退回");
  await expect(notice).toBeVisible();
  await step(page, "提交审核", "待县区审核");
  await expect(notice).toHaveCount(0);
});

test.describe("on the portal whose sessions time out after 3 seconds", () => {
  test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

  test("a draft typed before the timeout is offered back to the same person, and 退出 clears it", async ({ page }) => {
    test.setTimeout(90_000);
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, "xianyou-reporter");
    await openPoint11(page, "xianyou");
    await expect(page.getByRole("form", { name: "填报表单" })).toBeVisible();
    const url = new URL(page.url());
    const progress = page.getByLabel("进展情况");
    await progress.click();
    await progress.fill("超时前写好的进展,未保存");
    await page.waitForTimeout(4_000);
    await page.goto(`${url.pathname}${url.search}`);
    await expect(page).toHaveURL(/\/login/);

    await signIn(page, "xianyou-reporter");
    await page.goto(`${url.pathname}${url.search}`);
    const offer = page.getByTestId("draft-offer");
    await expect(offer).toContainText("恢复未保存的内容？");
    await offer.getByRole("button", { name: "恢复" }).click();
    await expect(page.getByLabel("进展情况")).toHaveValue("超时前写好的进展,未保存");

    // On a phone 退出 is inside 菜单.
    await page.getByRole("button", { name: /^菜单/ }).click();
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, "xianyou-reporter");
    await page.goto(`${url.pathname}${url.search}`);
    await expect(page.getByRole("form", { name: "填报表单" })).toBeVisible();
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
    await expect(page.getByLabel("进展情况")).not.toHaveValue("超时前写好的进展,未保存");
  });
});
