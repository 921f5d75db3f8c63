// The supervision loop, walked as its people meet it on the demo data (clock 2022-11-03; 北岸's
// September report on point 5 was returned by the city and is overdue): the office reminds 北岸, runs
// the day's check and issues a yellow 督查单 on a point 北岸 is behind on; 北岸 reads the reminder and
// the notice, answers (an empty answer is refused beside the field); the office accepts it and it
// leaves the county's page. Then the office drafts July's 通报 (the demo issued August's and
// September's), refuses a blank part, issues it and downloads the .docx.
import { stat } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const ANSWER = "已召开专题推进会,新建长者食堂 2 个已开工,11 月底前投入运营。";

async function remindBeian(office: Page) {
  await office.goto("/reminders?period=2022-09");
  const row = office.getByTestId("overdue-unit").filter({ hasText: "北岸" });
  office.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "催办" }).click();
  await expect(row.getByRole("status")).toContainText("已催办 1 个单位");
}

async function issueYellowToBeian(office: Page): Promise<{ number: string; address: string }> {
  await office.goto("/supervision");
  await expect(office.getByRole("heading", { name: "督查单", level: 1 })).toBeVisible();
  await office.getByRole("button", { name: "立即检查" }).click();
  await expect(office.getByRole("status").filter({ hasText: /拟发/ })).toHaveText(/新拟发 \d+ 份督查单。/);
  const proposal = office.getByRole("listitem").filter({ hasText: "北岸经济开发区第11条“新建长者食堂”" });
  await expect(proposal).toContainText("黄色");
  await proposal.getByRole("checkbox").check();
  await office.getByRole("button", { name: "确认下发所选 1 份" }).click();
  await expect(office.getByText("已下发 1 份督查单。")).toBeVisible();

  await office.goto("/supervision?tab=open&unit=beian");
  // 北岸 has open notices from the demo's October round too: the one just issued has the year's highest number.
  const numbers = await office.getByRole("link", { name: /^莆民督〔2022〕\d+号$/ }).allTextContents();
  const number = numbers.toSorted((a, b) => Number(b.match(/〕(\d+)号/)?.[1]) - Number(a.match(/〕(\d+)号/)?.[1]))[0];
  await office.getByRole("link", { name: number, exact: true }).click();
  await expect(office.getByRole("heading", { name: "黄色督查单" })).toBeVisible();
  return { number, address: office.url() };
}

async function answerAsBeian(county: Page, number: string) {
  await signIn(county, "beian-reporter");
  await county.goto("/notifications");
  await expect(county.getByText("催办:2022年9月工作进展逾期未报").first()).toBeVisible();
  await county.goto("/reports");
  const banner = county.getByRole("region", { name: /本单位待办督查单/ });
  await expect(banner).toContainText("黄色");
  await banner.getByRole("link", { name: number }).click();
  await expect(county.getByText(number, { exact: true })).toBeVisible();
  const answer = county.getByLabel("整改反馈(整改措施、进展和结果)");
  await county.getByRole("button", { name: "提交整改反馈" }).click();
  await expect(county.getByText("请填写整改反馈")).toBeVisible();
  await expect(answer).toHaveAttribute("aria-invalid", "true");
  await answer.fill(ANSWER);
  await county.getByRole("button", { name: "提交整改反馈" }).click();
  await expect(county.getByText("已反馈待审核", { exact: true })).toBeVisible();
}

async function issueJulyBulletin(office: Page) {
  const title = "关于2022年7月全市民政工作要点推进情况的通报";
  await office.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通报" }).click();
  // August's and September's were issued in the demo's history; they are listed, not offered again.
  await expect(office.getByRole("link", { name: /2022年9月全市民政工作要点/ })).toBeVisible();
  await expect(office.getByLabel("通报月份").locator("option[value='2022-09']")).toHaveCount(0);
  await office.getByLabel("通报月份").selectOption("2022-07");
  await office.getByRole("button", { name: "起草通报" }).click();
  await expect(office).toHaveURL(/\/bulletins\/\d+$/);
  await expect(office.getByTestId("bulletin-state")).toContainText("草稿 · 仅督查可见");
  await expect(office.getByTestId("bulletin-table").first().locator("tbody tr")).toHaveCount(7);
  const opening = office.getByLabel("开头");
  await opening.fill("");
  await office.getByRole("button", { name: "保存文字" }).click();
  await expect(office.getByText("请填写“开头”。").first()).toBeVisible();
  const words = "现将7月份全市民政工作要点推进情况通报如下:";
  await opening.fill(words);
  await office.getByRole("button", { name: "保存文字" }).click();
  await expect(office.getByRole("status")).toHaveText("已保存。");
  // 印发 at once: the save handed its new version to the button, so it is not refused as stale.
  office.once("dialog", (dialog) => dialog.accept());
  await office.getByRole("button", { name: "印发" }).click();
  await expect(office.getByTestId("bulletin-state")).toContainText("已印发 · 莆民督通〔2022〕3号");
  await expect(office.locator("article p", { hasText: words })).toBeVisible();
  const [download] = await Promise.all([
    office.waitForEvent("download"),
    office.getByRole("link", { name: "下载 Word(.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`莆民督通〔2022〕3号 ${title}.docx`);
  expect((await stat(await download.path())).size).toBeGreaterThan(8_000);
}

test("late → reminded → yellow 督查单 → feedback → accepted; then the office issues a 通报 and downloads it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "supervisor");
  await remindBeian(office);
  const { number, address } = await issueYellowToBeian(office);

  const county = await (await browser.newContext()).newPage();
  await answerAsBeian(county, number);

  await office.goto(address);
  await expect(office.getByText(ANSWER)).toBeVisible();
  await office.getByRole("button", { name: "采纳,办结" }).click();
  await expect(office.getByText("已办结", { exact: true })).toBeVisible();

  // Its other open notices (from the demo's October round) stay on the banner; this one has left it.
  await county.goto("/reports");
  await expect(county.getByRole("heading", { name: /本月填报/ })).toBeVisible();
  await expect(
    county.getByRole("region", { name: /本单位待办督查单/ }).getByRole("link", { name: number }),
  ).toHaveCount(0);

  await issueJulyBulletin(office);
});
