// GET /api/v1/dashboard/export through the real route with API tokens, the workbook read back with
// exceljs and checked against getPlanProgress for October 2022 (the seeded demo history; read only).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/dashboard/export/route";
import { createApiToken } from "@/lib/account/tokens";
import { readAuthSettings } from "@/lib/auth/settings";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { thresholdText } from "@/lib/dashboard/status-labels";
import { getPrisma } from "@/lib/db";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

const PERIOD = "2022-10";
let progress: PlanProgress;
let xiuyuToken: string;

async function tokenFor(username: string) {
  const user = await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } });
  const actor = { userId: user.id, username, role: user.role, unitCode: user.unit.code };
  const context = { clientAddress: "127.0.0.1", requestId: randomUUID() };
  return (await createApiToken(getPrisma(), actor, context, { name: "导出测试" }, readAuthSettings())).token;
}

function download(query: string, token: string | null = DEMO_LEADER_TOKEN) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return exportRoute(new Request(`http://portal.test/api/v1/dashboard/export?${query}`, { headers }), {
    params: Promise.resolve({}),
  });
}

async function workbookOf(query: string, token?: string) {
  const response = await download(query, token);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return { workbook, disposition: response.headers.get("content-disposition") ?? "" };
}

const texts = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((value) => typeof value === "string") : []));
/** The row whose column `column` reads `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string | number, column = 1): ExcelJS.Row {
  const row = (sheet.getRows(1, sheet.rowCount) ?? []).find((candidate) => candidate.getCell(column).value === label);
  if (!row) throw new Error(`no row "${label}" in ${sheet.name}`);
  return row;
}
const valuesOf = (row: ExcelJS.Row) => row.values as unknown[];
/** The column number of a header (exceljs rows are 1-based, as its values array is). */
function headerColumn(sheet: ExcelJS.Worksheet, header: string): number {
  const row = (sheet.getRows(1, sheet.rowCount) ?? []).find((candidate) => valuesOf(candidate).includes(header));
  return row ? valuesOf(row).indexOf(header) : -1;
}

beforeAll(async () => {
  progress = (await getPlanProgress(getPrisma(), 2022, PERIOD))!;
  xiuyuToken = await tokenFor("xiuyu-approver");
});

describe("GET /api/v1/dashboard/export", () => {
  it("exports the whole plan with the page's numbers, the period in the title and the notes above the table", async () => {
    const { workbook, disposition } = await workbookOf(`view=plan&period=${PERIOD}`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "总体",
      "分项",
      "要点与指标",
      "县区",
      "逾期报告",
      "指标×县区",
    ]);
    expect(disposition).toContain(`filename="dashboard-plan-${PERIOD}.xlsx"`);
    expect(disposition).toContain("filename*=UTF-8''");
    const summary = workbook.getWorksheet("总体")!;
    expect(summary.getCell("A1").value).toBe("2022年全市民政工作要点 完成情况 · 2022年10月");
    expect(rowOf(summary, "时间进度").getCell(2).value).toBeCloseTo(10 / 12, 12);
    // What the completion is measured against: the indicators' own 序时进度, weighted as completion is.
    expect(rowOf(summary, "序时进度").getCell(2).value).toBe(progress.plan.expected);
    expect(rowOf(summary, "时间进度(全年已过)").getCell(2).value).toBeCloseTo(10 / 12, 12);
    expect(texts(summary)).toContain(`本月尚有 ${progress.pendingReports} 份报告未审核通过,未计入完成率`);
    expect(texts(summary).some((text) => text.includes(thresholdText(progress.thresholds)))).toBe(true);
    expect(rowOf(summary, "已办结(销号)指标").getCell(2).value).toBe(progress.closed.indicators);
    expect(rowOf(summary, "已办结(销号)要点").getCell(2).value).toBe(progress.closed.points);
    const completion = rowOf(summary, "全市完成率").getCell(2);
    expect(completion.value).toBe(progress.plan.completion);
    expect(completion.numFmt).toBe("0.0%");

    const county = progress.counties.find((candidate) => candidate.completion !== null)!;
    const countyRow = rowOf(workbook.getWorksheet("县区")!, county.name, 2);
    expect(countyRow.getCell(1).value).toBe(county.rank);
    expect(countyRow.getCell(3).value).toBe(county.completion);
    expect(countyRow.getCell(4).value).toBe(county.expected);
    expect(countyRow.getCell(5).value).toMatch(/^(绿|黄|红) · /);
    expect(countyRow.getCell(9).value).toBe(county.overdueReports);

    const heat = workbook.getWorksheet("指标×县区")!;
    const indicator = progress.points
      .flatMap((point) => point.indicators)
      .find((candidate) => candidate.units.some((unit) => unit.unitId === county.unitId && unit.completion !== null))!;
    const cell = rowOf(heat, `${indicator.name}(${indicator.unit})`, 2).getCell(headerColumn(heat, county.name));
    expect(cell.value).toBe(indicator.units.find((unit) => unit.unitId === county.unitId)!.completion);
    expect(cell.numFmt).toBe("0.0%");
  });

  it("exports an indicator with its months, its forecast and each unit's achievement in the indicator's unit", async () => {
    const indicator = progress.points
      .flatMap((point) => point.indicators)
      .find((candidate) => candidate.kind === "SUM" && candidate.units.length > 1 && candidate.achieved)!;
    const series = (await getIndicatorSeries(getPrisma(), indicator.id, PERIOD))!;
    const { workbook } = await workbookOf(`view=indicator&period=${PERIOD}&id=${indicator.id}`);
    const summary = workbook.getWorksheet("指标")!;
    expect(summary.getCell("A1").value).toBe(`2022年全市民政工作要点 指标完成情况 · ${indicator.name} · 2022年10月`);
    expect(rowOf(summary, "完成值(累计)").getCell(2).value).toBe(indicator.achieved);
    expect(rowOf(summary, "完成值(累计)").getCell(3).value).toBe(indicator.unit);
    expect(rowOf(summary, "年末预测(按当前进度)").getCell(2).value).toBe(indicator.forecast);
    const months = workbook.getWorksheet("逐月")!;
    expect(rowOf(months, "2022年10月").getCell(2).value).toBe(series.months[9].achieved);
    expect(rowOf(months, "2022年6月").getCell(3).value).toBe(series.months[5].expected);
    const unit = indicator.units.find((candidate) => candidate.achieved !== null)!;
    expect(rowOf(months, "2022年10月").getCell(headerColumn(months, unit.unit)).value).toBe(
      series.months[9].byUnit[unit.unitCode],
    );
    const units = workbook.getWorksheet("县区")!;
    const unitRow = rowOf(units, unit.unit);
    expect(
      ["任务", "完成值", "计量单位", "完成率", "序时进度"].map(
        (header) => unitRow.getCell(headerColumn(units, header)).value,
      ),
    ).toEqual([unit.quota, unit.achieved, indicator.unit, unit.completion, unit.expected]);
    expect(rowOf(summary, "序时进度").getCell(2).value).toBe(indicator.expected);
  });

  it("exports a department's own points only", async () => {
    const { workbook } = await workbookOf(`view=department&period=${PERIOD}&code=yanglao`);
    const sheet = workbook.getWorksheet("要点与指标")!;
    expect(sheet.getCell("A1").value).toBe("2022年全市民政工作要点 科室完成情况 · 养老服务科 · 2022年10月");
    const numbers = (sheet.getRows(1, sheet.rowCount) ?? [])
      .map((row) => row.getCell(1).value)
      .filter((value) => typeof value === "number");
    const expected = progress.points.filter((point) => point.leadUnitCode === "yanglao").map((point) => point.no);
    expect([...new Set(numbers)]).toEqual(expected);
  });

  it("gives a county its own dashboard and nothing of any other county", async () => {
    const own = progress.counties.find((county) => county.code === "xiuyu")!;
    expect((await download(`view=plan&period=${PERIOD}`, xiuyuToken)).status).toBe(404);
    expect(
      (await download(`view=indicator&period=${PERIOD}&id=${progress.points[10].indicators[0].id}`, xiuyuToken)).status,
    ).toBe(404);
    expect((await download(`view=county&period=${PERIOD}&code=licheng`, xiuyuToken)).status).toBe(404);
    const { workbook } = await workbookOf(`view=county&period=${PERIOD}&code=xiuyu`, xiuyuToken);
    expect(workbook.getWorksheet("本县区")!.getCell("A1").value).toBe(
      `2022年全市民政工作要点 县区完成情况 · ${own.name} · 2022年10月`,
    );
    expect(rowOf(workbook.getWorksheet("本县区")!, own.name, 2).getCell(3).value).toBe(own.completion);
    const quota = progress.points
      .flatMap((point) => point.indicators)
      .flatMap((indicator) => indicator.units.map((unit) => ({ indicator, unit })))
      .find(({ unit }) => unit.unitId === own.unitId && unit.achieved !== null)!;
    const quotas = workbook.getWorksheet("任务")!;
    const quotaRow = rowOf(quotas, quota.indicator.name, 3);
    expect(
      ["计量单位", "本县区任务", "完成值", "完成率", "序时进度"].map(
        (header) => quotaRow.getCell(headerColumn(quotas, header)).value,
      ),
    ).toEqual([
      quota.indicator.unit,
      quota.unit.quota,
      quota.unit.achieved,
      quota.unit.completion,
      quota.unit.expected,
    ]);
    const others = progress.counties.filter((county) => county.code !== "xiuyu").map((county) => county.name);
    const everything = workbook.worksheets.flatMap(texts).join("\n");
    for (const name of others) expect(everything).not.toContain(name);
  });

  it("refuses callers without a token and explains bad parameters in Chinese", async () => {
    expect((await download(`view=plan&period=${PERIOD}`, null)).status).toBe(401);
    for (const [query, message] of [
      [`view=chart&period=${PERIOD}`, "view 应为"],
      ["view=plan&period=2022-13", "period 格式应为 2022-10"],
      [`view=indicator&period=${PERIOD}&id=abc`, "id 应为指标编号"],
      [`view=indicator&period=${PERIOD}`, "须给出 id"],
      [`view=county&period=${PERIOD}`, "须给出 code"],
    ]) {
      const response = await download(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toContain(message);
    }
    expect((await download(`view=indicator&period=${PERIOD}&id=99999999`)).status).toBe(404);
    expect((await download(`view=county&period=${PERIOD}&code=nowhere`)).status).toBe(404);
    expect((await download("view=plan&period=2098-10")).status).toBe(404);
  });
});
