import { pdfBytes } from "../unit/fixtures/attachment-files";
import { expect, test, type Page } from "@playwright/test";
import { makeFillable, reportState, step, switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";

// One month of one report, through every hand: Chengxiang files point 11 for October 2022 (the
// month being filed on the demo clock), its head signs, the lead department (养老服务科) returns it,
// the reporter corrects it, and it goes round again to approval.
const REASON = "长者食堂数与台账不符,请核实后重报";

const state = reportState;
const events = (page: Page) => page.getByTestId("report-event");

/** Saves the form and waits until the page shows the save in the history, so the next step sees the new version. */
async function save(page: Page) {
  const before = await events(page).count();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(events(page)).toHaveCount(before + 1);
}

test("a county files its month, is returned by the lead department, corrects and is approved", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "chengxiang-reporter");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "本月填报" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("城厢区 · 2022年10月");
  await expect(page.getByTestId("demo-clock")).toContainText("演示时钟");
  const row = page.getByTestId("month-row").filter({ hasText: "第11条" });
  await expect(row).toContainText("新建长者之家");
  const link = row.getByRole("link", { name: /第11条/ });
  await makeFillable(
    page,
    "chengxiang",
    (await link.getAttribute("href"))!,
    (await row.getByTestId("report-state").textContent())!,
  );

  await page.goto("/reports?period=2022-10");
  await page
    .getByTestId("month-row")
    .filter({ hasText: "第11条" })
    .getByRole("link", { name: /第11条/ })
    .click();
  await page.getByLabel("新建长者之家(个)", { exact: true }).fill("5");
  await page.getByLabel("新建长者食堂(个)", { exact: true }).fill("４"); // full-width, as a Chinese input method types it
  await page.getByLabel("进展情况").fill("已建成长者之家5个<script>alert(1)</script>");
  await save(page);
  const reportUrl = new URL(page.url()).pathname;
  await page
    .getByLabel("上传附件")
    .setInputFiles({ name: "长者之家验收记录.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });
  await expect(page.getByRole("link", { name: "长者之家验收记录.pdf" })).toBeVisible();
  await step(page, "提交审核", "待县区审核");

  await switchTo(page, "chengxiang-approver");
  await page.goto("/reviews");
  await page
    .getByTestId("review-row")
    .filter({ hasText: "2022年10月" })
    .getByRole("link", { name: /第11条/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  await expect(page.getByTestId("report-value").filter({ hasText: "新建长者食堂" })).toContainText("4个");
  // Text fields are shown as typed, never run as HTML.
  await expect(page.getByTestId("narrative-progress")).toHaveText("已建成长者之家5个<script>alert(1)</script>");
  const download = await page.request.get(
    (await page.getByRole("link", { name: "长者之家验收记录.pdf" }).getAttribute("href"))!,
  );
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await step(page, "审核通过并报送", "已报送");

  await switchTo(page, "dept-yanglao");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "待审核" }).click();
  await page
    .getByTestId("review-row")
    .filter({ hasText: "城厢区" })
    .filter({ hasText: "2022年10月" })
    .getByRole("link", { name: /第11条/ })
    .click();
  await step(page, "退回", "已退回", REASON);

  await switchTo(page, "chengxiang-reporter");
  await page.goto("/notifications");
  const note = page.getByTestId("notification").filter({ hasText: "城厢区 2022年10月 第11条:退回" }).first();
  await expect(note).toContainText(REASON);
  await note.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  await expect(state(page)).toHaveText("已退回");
  await expect(events(page).last()).toContainText(REASON);
  await page.getByLabel("新建长者之家(个)", { exact: true }).fill("6");
  await save(page);
  await step(page, "提交审核", "待县区审核");

  await switchTo(page, "chengxiang-approver");
  await page.goto(reportUrl);
  await step(page, "审核通过并报送", "已报送");

  await switchTo(page, "dept-yanglao");
  await page.goto(reportUrl);
  await step(page, "审核通过", "已通过");

  const walked = [
    "保存草稿",
    "提交审核",
    "审核通过并报送",
    "退回",
    "保存草稿",
    "提交审核",
    "审核通过并报送",
    "审核通过",
  ];
  const actions = await page.getByTestId("report-event-action").allTextContents();
  expect(actions.slice(-walked.length)).toEqual(walked);
  const history = (await events(page).all()).slice(-walked.length);
  await expect(history[0]).toContainText("城厢区填报员");
  await expect(history[0]).toContainText("新建长者之家5");
  await expect(history[2]).toContainText("城厢区审核人");
  await expect(history[3]).toContainText("养老服务科经办人");
  await expect(history[3]).toContainText(REASON);
  await expect(history[7]).toContainText("新建长者之家6");
  await expect(history[7]).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
});
