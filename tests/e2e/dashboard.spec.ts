// The leadership dashboard on the demo data (demo clock 2022-11-03, so October 2022 is the latest
// month): the county table, the drill-down from a red quota to a county's report and its evidence,
// the Excel export read back, the progress API beside the page, and what a county may see.
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { signIn } from "./helpers/sign-in";

const COUNTIES = ["licheng", "chengxiang", "hanjiang", "xiuyu", "xianyou", "beian", "meizhou"];
const LEADER_TOKEN = "ptk_demo_leader_readonly_2022";

async function downloadFrom(page: Page, link: Locator): Promise<{ download: Download; file: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  return { download, file, bytes: await readFile(file) };
}

/** exceljs row values are 1-based; the row whose column `column` reads `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string, column: number): ExcelJS.Row {
  const row = sheet.getRows(1, sheet.rowCount)?.find((candidate) => candidate.getCell(column).value === label);
  if (!row) throw new Error(`no row "${label}" in sheet ${sheet.name}`);
  return row;
}

test.describe("the leader", () => {
  test.beforeEach(async ({ page }) => signIn(page, "leader"));

  test("opens October 2022 with the county table, and drills from a red quota down to a county's evidence file", async ({
    page,
  }) => {
    // Without ?period= the month being filed on the demo clock; with it, the month asked for.
    for (const path of ["/dashboard", "/dashboard?period=2022-10"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("2022年10月");
      await expect(page.getByRole("combobox", { name: "统计月份" })).toHaveValue("2022-10");
      await expect(page.getByRole("combobox", { name: "统计月份" }).locator("option:checked")).toHaveText(
        /^2022年10月/,
      );
    }
    const counties = page.getByTestId("county-table").locator("tbody tr");
    await expect(counties).toHaveCount(7);
    expect((await counties.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-county")))).sort()).toEqual(
      [...COUNTIES].sort(),
    );
    await expect(page.getByTestId("plan-completion")).toHaveText(/^\d+\.\d%$/);

    const redRow = page
      .getByTestId("heat-table")
      .locator("tbody tr")
      .filter({ has: page.locator("td", { hasText: "红 · 严重滞后" }) })
      .first();
    const indicatorName = (await redRow.getByRole("rowheader").innerText()).trim();
    await redRow.getByRole("rowheader").getByRole("link").click();
    await expect(page).toHaveURL(/\/dashboard\/indicators\/\d+\?period=2022-10$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(indicatorName);

    const redCounty = page
      .getByTestId("indicator-units")
      .locator("tbody tr")
      .filter({ has: page.locator('[data-status="SERIOUSLY_BEHIND"]', { hasText: "红 · 严重滞后" }) })
      .filter({ has: page.locator('a[href^="/dashboard/counties/"]') })
      .first();
    const countyName = (await redCounty.getByRole("rowheader").innerText()).trim();
    await redCounty.getByRole("link", { name: /查看报告/ }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(countyName);

    const evidence = page
      .getByRole("region", { name: "佐证材料" })
      .getByRole("link", { name: /\.pdf$/ })
      .first();
    const { download, bytes } = await downloadFrom(page, evidence);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  });

  test("exports the dashboard to an .xlsx holding the page's figures", async ({ page }) => {
    await page.goto("/dashboard?period=2022-10");
    const shown = (await page.getByTestId("plan-completion").innerText()).trim();
    const countyRows = page.getByTestId("county-table").locator("tbody tr");
    await expect(countyRows).toHaveCount(7);
    const pageCounties = await countyRows.evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector("th")!.textContent!.trim(),
        completion: row.querySelectorAll("td")[1]!.textContent!.trim(),
      })),
    );

    const { download, file } = await downloadFrom(page, page.getByRole("link", { name: "导出 Excel" }));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(file);

    const summary = workbook.getWorksheet("总体")!;
    expect(formatPercent(rowOf(summary, "全市完成率", 1).getCell(2).value as number)).toBe(shown);
    const sheet = workbook.getWorksheet("县区")!;
    for (const county of pageCounties) {
      expect(formatPercent(rowOf(sheet, county.name, 2).getCell(3).value as number | null), county.name).toBe(
        county.completion,
      );
    }
  });

  test("reads the same plan and section completion and 序时进度 from the progress API as from the page", async ({
    page,
    request,
  }) => {
    const response = await request.get("/api/v1/plans/2022/progress?period=2022-10", {
      headers: { authorization: `Bearer ${LEADER_TOKEN}` },
    });
    expect(response.status()).toBe(200);
    const api = (await response.json()) as {
      period: string;
      plan: { completion: number | null; expected: number | null };
      sections: { no: number; title: string; completion: number | null; expected: number | null }[];
    };
    expect(api.period).toBe("2022-10");

    await page.goto("/dashboard?period=2022-10");
    await expect(page.getByTestId("plan-completion")).toHaveText(formatPercent(api.plan.completion));
    // 序时进度 beside a completion is what it is measured against: the indicators' own, weighted alike.
    await expect(page.getByTestId("time-progress")).toHaveText(formatPercent(api.plan.expected));
    const sectionRows = page.getByTestId("section-table").locator("tbody tr");
    await expect(sectionRows).toHaveCount(api.sections.length);
    for (const section of api.sections) {
      const row = sectionRows.filter({ has: page.getByRole("rowheader").filter({ hasText: `、${section.title}` }) });
      await expect(row.locator("td").first(), `section ${section.no}`).toHaveText(formatPercent(section.completion));
      await expect(row.locator("td").nth(1), `section ${section.no}`).toHaveText(formatPercent(section.expected));
    }
  });
});

test("a county reporter sees its own county dashboard with its rank, and no other", async ({ page, browser }) => {
  const leader = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const leaderPage = await leader.newPage();
  await signIn(leaderPage, "leader");
  await leaderPage.goto("/dashboard?period=2022-10");
  const rank = (
    await leaderPage.locator('[data-testid="county-table"] tr[data-county="meizhou"] td').first().innerText()
  ).trim();
  await leader.close();

  await signIn(page, "meizhou-reporter");
  expect((await page.goto("/dashboard"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();

  expect((await page.goto("/dashboard/counties/meizhou"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("湄洲岛");
  await expect(page.getByTestId("county-standing")).toContainText(
    rank === "—" ? "暂无排名" : `第 ${rank} 名 / 共 7 个县区`,
  );

  expect((await page.goto("/dashboard/counties/licheng"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();
});
