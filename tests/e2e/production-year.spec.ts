import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { PRODUCTION_DATA_DIR, PRODUCTION_DATABASE_PORT } from "../../playwright.config";
import { type Account, createAccount, createFirstAdmin, firstSignIn, signInAs } from "./helpers/first-sign-in";

// A bureau runs a real year from nothing: `npm start` (no demo data) on a clock set to 7 February
// 2022 (PORTAL_CLOCK, playwright.config.ts). The first administrator comes from the command line;
// everything after it happens in the browser, as the people whose job it is.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PASSWORD = "Qw8#harbour-kite-2022";
const accounts: Record<string, Account> = {};
const PEOPLE = [
  { key: "supervisor", username: "ducha", name: "督查科陈科长", role: "督查", unit: "莆田市民政局", mfa: true },
  { key: "leader", username: "juzhang", name: "林局长", role: "局领导", unit: "莆田市民政局", mfa: true },
  { key: "department", username: "yanglaoke", name: "养老服务科王科长", role: "科室", unit: "养老服务科", mfa: false },
  { key: "reporter", username: "licheng-tb", name: "荔城区填报员", role: "县区填报员", unit: "荔城区", mfa: false },
  { key: "approver", username: "licheng-sh", name: "荔城区审核人", role: "县区审核", unit: "荔城区", mfa: false },
] as const;

test("the administrator comes from the command line, enrols TOTP and creates the year's accounts", async ({ page }) => {
  const temporary = createFirstAdmin("chief", {
    PORTAL_DATA_DIR: PRODUCTION_DATA_DIR,
    EMBEDDED_DB_PORT: String(PRODUCTION_DATABASE_PORT),
  });
  accounts.admin = await firstSignIn(page, "chief", temporary, PASSWORD, true);
  expect(accounts.admin.totpSecret).toBeTruthy();
  const temporaries = new Map<string, string>();
  for (const person of PEOPLE) temporaries.set(person.key, await createAccount(page, person));
  for (const person of PEOPLE) {
    await page.context().clearCookies();
    accounts[person.key] = await firstSignIn(
      page,
      person.username,
      temporaries.get(person.key) ?? "",
      PASSWORD,
      person.mfa,
    );
  }
  // Supervisors and leaders must use a second factor; a county's reporter need not.
  expect(accounts.supervisor.totpSecret).toBeTruthy();
  expect(accounts.leader.totpSecret).toBeTruthy();
  expect(accounts.reporter.totpSecret).toBeUndefined();
});

test("production starts with the 2022 plan as a draft from its document: nobody has a month to file yet", async ({
  page,
}) => {
  await signInAs(page, accounts.reporter);
  await page.goto("/reports");
  await expect(page.getByText(/尚未发布/).first()).toBeVisible();
  await signInAs(page, accounts.supervisor);
  await page.goto("/plans/2022");
  await expect(page.getByTestId("plan-status")).toContainText("草稿");
});

// Point 11's four counts split across the seven counties (荔城区, 城厢区, 涵江区, 秀屿区, 仙游县, 北岸, 湄洲岛).
const POINT_11_QUOTAS: Record<string, number[]> = {
  新建长者之家: [5, 5, 5, 5, 6, 2, 2],
  新建长者食堂: [4, 4, 4, 4, 5, 2, 2],
  新建农村幸福院: [1, 1, 1, 1, 1, 0, 0],
  提升改造农村幸福院: [20, 20, 20, 20, 35, 10, 10],
};
const COUNTY_NAMES = ["荔城区", "城厢区", "涵江区", "秀屿区", "仙游县", "北岸经济开发区", "湄洲岛国家旅游度假区管委会"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The downloaded 分解表, filled in for point 11 as the supervisor would in Excel. */
async function fillPoint11(path: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("县区分解");
  if (!sheet) throw new Error("分解表中没有「县区分解」工作表");
  const columns = new Map<string, number>();
  sheet.getRow(3).eachCell((cell, index) => columns.set(String(cell.value), index));
  sheet.eachRow((row) => {
    const quotas = POINT_11_QUOTAS[String(row.getCell(3).value)];
    if (!quotas) return;
    COUNTY_NAMES.forEach((county, index) => {
      const column = columns.get(county) ?? [...columns].find(([name]) => county.startsWith(name))?.[1];
      if (!column) throw new Error(`分解表中没有「${county}」列`);
      row.getCell(column).value = quotas[index];
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("the supervisor completes the draft: point 11's quotas from Excel, a milestone, and publishes from January", async ({
  page,
}) => {
  await signInAs(page, accounts.supervisor);
  await page.goto("/plans/2022");
  await expect(page.getByTestId("plan-status")).toContainText("草稿");
  await page.getByRole("link", { name: "县区分解表" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载分解表" }).click();
  const file = await (await download).path();
  await page
    .getByLabel("上传分解表")
    .setInputFiles({ name: "分解表.xlsx", mimeType: XLSX, buffer: await fillPoint11(file) });
  await expect(page.getByTestId("quota-preview")).toContainText("荔城区:(无) → 5");
  await page.getByRole("button", { name: "确认保存" }).click();
  await expect(page.getByText(/分解表已保存:4 项指标的分解数/)).toBeVisible();
  const homes = page.getByTestId("quota-row").filter({ hasText: "新建长者之家" });
  await expect(homes.getByTestId("quota-sum")).not.toContainText("比市级目标");

  // Point 15 is qualitative: it is followed through a dated milestone.
  await page.goto("/plans/2022/points/15");
  const milestone = page.getByRole("form", { name: "添加里程碑" });
  await milestone.getByLabel("里程碑").fill("建成全市养老服务智慧平台");
  await milestone.getByLabel("完成时限").fill("2022-06-30");
  await milestone.getByRole("button", { name: "添加里程碑" }).click();
  await expect(page.getByText("已添加里程碑「建成全市养老服务智慧平台」。")).toBeVisible();

  await page.goto("/plans/2022/publish");
  await expect(page.getByRole("heading", { name: "发布前检查" })).toBeVisible();
  const blockers = await page.getByTestId("publish-unfinished").locator("li.text-red-700").allTextContents();
  expect(blockers, "nothing may block publication").toEqual([]);
  await page.getByLabel(/起报月份/).selectOption("2022-01");
  for (const reason of await page.getByLabel(/分解数不一致的原因/).all())
    await reason.fill("县区分解待年中调度会确定,暂由牵头科室汇总填报");
  await page.getByRole("button", { name: "发布2022年工作要点" }).click();
  await expect(page.getByTestId("plan-status")).toContainText("已发布");
  await page.goto("/plans/2022");
  await expect(page.getByTestId("plan-status")).toContainText("已发布(自2022年1月起填报)");
});

test("荔城区 files and signs January, 养老服务科 approves, and the leader's dashboard shows the value", async ({
  page,
}) => {
  await signInAs(page, accounts.reporter);
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").first()).toContainText("2022年工作要点已发布");
  await page.goto("/reports?period=2022-01");
  await page
    .getByTestId("month-row")
    .filter({ hasText: "第11条" })
    .getByRole("link", { name: /第11条/ })
    .click();
  await page.getByLabel("新建长者之家(个)", { exact: true }).fill("2");
  await page.getByLabel("新建长者食堂(个)", { exact: true }).fill("1");
  await page.getByLabel("新建农村幸福院(个)", { exact: true }).fill("0");
  await page.getByLabel("提升改造农村幸福院(个)", { exact: true }).fill("3");
  await page.getByLabel("进展情况").fill("黄石镇、西天尾镇长者之家已建成投用");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByTestId("report-state")).toHaveText("草稿");
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(page.getByTestId("report-state")).toHaveText("待县区审核");
  const reportUrl = page.url();

  await signInAs(page, accounts.approver);
  await page.goto(reportUrl);
  await page.getByRole("button", { name: "审核通过并报送", exact: true }).click();
  await expect(page.getByTestId("report-state")).toHaveText("已报送");

  await signInAs(page, accounts.department);
  await page.goto("/reviews");
  await page
    .getByTestId("review-row")
    .filter({ hasText: "荔城区" })
    .getByRole("link", { name: /第11条/ })
    .click();
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("report-state")).toHaveText("已通过");

  await signInAs(page, accounts.leader);
  await page.goto("/dashboard/counties/licheng?period=2022-01");
  await expect(page.getByText("新建长者之家").first()).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "新建长者之家" }).first();
  await expect(row).toContainText("2");
  await expect(row).toContainText("40.0%");
});
