// GET /api/v1/dashboard/ledger (the 督办台账) through the real route: its figures are the progress
// API's for October 2022 (the demo, read only); on a plan of its own year (2088) the words come from
// the right report with its state, the filters work, a unit's words and a point's cells are merged.
import { randomUUID } from "node:crypto";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as ledgerRoute } from "@/app/api/v1/dashboard/ledger/route";
import { GET as progressRoute } from "@/app/api/v1/plans/[year]/progress/route";
import { createApiToken } from "@/lib/account/tokens";
import { readAuthSettings } from "@/lib/auth/settings";
import type { progressJson } from "@/lib/dashboard/progress-json";
import { STATUS_LABELS } from "@/lib/dashboard/status-labels";
import { getPrisma } from "@/lib/db";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";
import { createLedgerPlan, LEDGER_PERIOD, LEDGER_YEAR } from "./helpers/ledger-plan";
import { headerRow, loadWorkbook, mergesOf, rowsBelow } from "./helpers/workbook-read";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

type ProgressBody = ReturnType<typeof progressJson>;
let countyToken = "";

const get = (query: string, token: string | null = DEMO_LEADER_TOKEN) =>
  ledgerRoute(
    new Request(`http://portal.test/api/v1/dashboard/ledger?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({}) },
  );

async function ledgerOf(query: string) {
  const response = await get(query);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("spreadsheetml");
  const workbook = await loadWorkbook(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("督办台账")!;
  return { sheet, disposition: response.headers.get("content-disposition") ?? "", lines: linesOf(sheet) };
}

async function progressOf(year: number, period: string): Promise<ProgressBody> {
  const response = await progressRoute(
    new Request(`http://portal.test/api/v1/plans/${year}/progress?period=${period}`, {
      headers: { authorization: `Bearer ${DEMO_LEADER_TOKEN}` },
    }),
    { params: Promise.resolve({ year: String(year) }) },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as ProgressBody;
}

type Line = { row: ExcelJS.Row; pointNo: number; unit: string; cells: unknown[] };

/** Each row under the header with the point and unit it belongs to (a merged cell is read once, on top). */
function linesOf(sheet: ExcelJS.Worksheet): Line[] {
  let pointNo = 0;
  let unit = "";
  return rowsBelow(sheet, headerRow(sheet, "序号")).map((row) => {
    const cells = Array.from({ length: 13 }, (_, index) => row.getCell(index + 1).value);
    if (typeof cells[0] === "number") pointNo = cells[0];
    if (typeof cells[3] === "string" && cells[3] !== "") unit = cells[3];
    return { row, pointNo, unit, cells };
  });
}

const thousandths = (value: unknown) => (typeof value === "number" ? Math.round(value * 1000) / 1000 : value);

beforeAll(async () => {
  const user = await getPrisma().user.findUniqueOrThrow({
    where: { username: "xiuyu-approver" },
    include: { unit: true },
  });
  const actor = { userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code };
  countyToken = (
    await createApiToken(
      getPrisma(),
      actor,
      { clientAddress: "127.0.0.1", requestId: randomUUID() },
      { name: "台账测试" },
      readAuthSettings(),
    )
  ).token;
  await createLedgerPlan(getPrisma());
});

describe("the 督办台账 of October 2022", () => {
  it("has one row per indicator and responsible unit with the progress API's figures", async () => {
    const progress = await progressOf(2022, "2022-10");
    const { sheet, disposition, lines } = await ledgerOf("period=2022-10");
    expect(disposition).toContain('filename="ledger-2022-10.xlsx"');
    expect(sheet.getCell("A1").value).toBe("2022年全市民政工作要点督办台账 · 2022年10月 · 筛选:全部");
    expect((headerRow(sheet, "序号").values as unknown[]).slice(1)).toEqual([
      "序号",
      "工作任务",
      "牵头单位",
      "责任单位",
      "目标",
      "完成值",
      "完成率",
      "序时进度",
      "状态",
      "进展情况",
      "存在问题",
      "下步打算",
      "报送时间",
    ]);
    type Point = ProgressBody["points"][number];
    type Indicator = Point["indicators"][number];
    type Expected = { point: Point; indicator: Indicator | null; unit: Indicator["units"][number] | null };
    const expected = progress.points.flatMap((point): Expected[] =>
      point.indicators.length === 0
        ? [{ point, indicator: null, unit: null }]
        : point.indicators.flatMap((indicator) => indicator.units.map((unit) => ({ point, indicator, unit }))),
    );
    expect(lines).toHaveLength(expected.length);
    const milestones = new Set(
      (
        await getPrisma().indicator.findMany({
          where: { kind: "MILESTONE", point: { plan: { year: 2022 } } },
          select: { name: true },
        })
      ).map((indicator) => indicator.name),
    );
    for (const { point, indicator, unit } of expected) {
      const line = lines.find(
        (candidate) =>
          candidate.pointNo === point.no &&
          (indicator === null ||
            (candidate.unit === unit!.unit && String(candidate.cells[4]).startsWith(`${indicator.name}:`))),
      );
      expect(line, `${point.no} ${indicator?.name} ${unit?.unit}`).toBeDefined();
      if (!indicator || !unit) {
        expect(line!.cells[4]).toBe("定性任务(以报告跟踪)");
        continue;
      }
      const [achieved, completion, timeProgress, status] = line!.cells.slice(5, 9);
      if (milestones.has(indicator.name))
        expect(achieved).toBe(unit.achieved === null ? "—" : unit.achieved >= 1 ? "已完成" : "未完成");
      else if (unit.achieved === null) expect(achieved).toBe("—");
      else expect(achieved as number).toBeCloseTo(unit.achieved, 4);
      expect(thousandths(completion)).toBe(unit.completion ?? "—");
      expect(thousandths(timeProgress)).toBe(unit.expected);
      if (unit.status) expect(status).toContain(STATUS_LABELS[unit.status]);
      if (unit.completion !== null) expect(line!.row.getCell(7).numFmt).toBe("0.0%");
    }
  });

  it("merges a point's cells over its rows and prints on A4 landscape with the header on every page", async () => {
    const { sheet, lines } = await ledgerOf("period=2022-10");
    const merges = mergesOf(sheet);
    const byPoint = new Map<number, Line[]>();
    for (const line of lines) byPoint.set(line.pointNo, [...(byPoint.get(line.pointNo) ?? []), line]);
    const [no, rows] = [...byPoint].sort((a, b) => b[1].length - a[1].length)[0];
    const [first, last] = [rows[0].row.number, rows.at(-1)!.row.number];
    for (const column of ["A", "B", "C"]) expect(merges).toContain(`${column}${first}:${column}${last}`);
    expect(rows[0].cells[0]).toBe(no);
    const header = headerRow(sheet, "序号");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header.number}:${header.number}`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header.number });
    expect(rows[0].row.getCell(10).alignment).toMatchObject({ wrapText: true });
  });
});

describe(`the 督办台账 of a plan of its own (${LEDGER_PERIOD})`, () => {
  it("takes each unit's words from its report of the month that reached the city, with its state", async () => {
    const { lines, sheet } = await ledgerOf(`period=${LEDGER_PERIOD}`);
    const words = (unit: string, pointNo: number) => {
      const line = lines.find((candidate) => candidate.unit === unit && candidate.pointNo === pointNo)!;
      return { progress: line.cells[9], problems: line.cells[10], next: line.cells[11], at: line.cells[12], line };
    };
    expect(words("荔城区", 1)).toMatchObject({
      progress: "(已审核)荔城区十月进展",
      problems: "荔城问题",
      next: "荔城打算",
    });
    const at = words("荔城区", 1).at as Date;
    // Beijing wall time as the cell's own (zone-less) time.
    expect(at.toISOString()).toBe("2088-11-02T10:30:00.000Z");
    expect(words("荔城区", 1).line.row.getCell(13).numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(words("涵江区", 1).progress).toBe("(待审核)涵江区十月进展");
    expect(words("秀屿区", 1).progress).toBe("(未报送)");
    expect(words("社会救助科", 2).progress).toBe("(已审核,更正中)救助科已审核的文字");
    expect(words("社会救助科", 3).progress).toBe("(已退回修改)退回前的文字");
    const everything = JSON.stringify(lines.map((line) => line.cells));
    for (const hidden of ["秀屿草稿不应出现", "正在更正的文字", "修改中的文字"])
      expect(everything).not.toContain(hidden);
    // A unit's words are merged over its indicators' rows.
    const licheng = lines.filter((line) => line.unit === "荔城区" && line.pointNo === 1);
    expect(licheng).toHaveLength(2);
    expect(mergesOf(sheet)).toContain(`J${licheng[0].row.number}:J${licheng[1].row.number}`);
  });

  it("shows the approved figures, not the submitted ones", async () => {
    const progress = await progressOf(LEDGER_YEAR, LEDGER_PERIOD);
    const { lines } = await ledgerOf(`period=${LEDGER_PERIOD}`);
    const beds = progress.points[0].indicators[0];
    const hanjiang = beds.units.find((unit) => unit.unit === "涵江区")!;
    expect(hanjiang.achieved).toBe(3);
    const line = lines.find(
      (candidate) => candidate.unit === "涵江区" && String(candidate.cells[4]).startsWith("测试床位:"),
    )!;
    expect(line.cells.slice(4, 7)).toEqual(["测试床位:10个", 3, 0.3]);
    expect(line.row.getCell(6).numFmt).toBe('#,##0"个"');
  });

  it("filters by section, unit and status, keeping a led point's rows whole", async () => {
    const section = await ledgerOf(`period=${LEDGER_PERIOD}&section=2`);
    expect(new Set(section.lines.map((line) => line.pointNo))).toEqual(new Set([2, 3]));
    expect(section.sheet.getCell("A1").value).toBe(
      `${LEDGER_YEAR}年全市民政工作要点督办台账 · ${LEDGER_YEAR}年10月 · 筛选:分项 2. 第2部分`,
    );
    const county = await ledgerOf(`period=${LEDGER_PERIOD}&unit=licheng`);
    expect(new Set(county.lines.map((line) => line.unit))).toEqual(new Set(["荔城区"]));
    expect(county.lines).toHaveLength(2);
    const lead = await ledgerOf(`period=${LEDGER_PERIOD}&unit=yanglao`);
    expect(new Set(lead.lines.map((line) => line.unit))).toEqual(new Set(["荔城区", "涵江区", "秀屿区"]));
    const status = await ledgerOf(`period=${LEDGER_PERIOD}&status=NONE`);
    expect(status.lines.length).toBeGreaterThan(0);
    for (const line of status.lines) expect(line.cells[8]).toBe("暂无已审核数据");
    const none = await ledgerOf(`period=${LEDGER_PERIOD}&status=AHEAD&unit=xiuyu`);
    expect(none.lines.map((line) => line.cells[0])).toEqual(["没有符合筛选条件的要点。"]);
  });

  it("is for those who read the city's dashboard, and explains bad parameters in Chinese", async () => {
    expect((await get(`period=${LEDGER_PERIOD}`, countyToken)).status).toBe(404);
    expect((await get(`period=${LEDGER_PERIOD}`, null)).status).toBe(401);
    const bad = await get("period=2022-13&status=LATE");
    expect(bad.status).toBe(400);
    const { detail } = (await bad.json()) as { detail: string };
    expect(detail).toContain("统计月份格式应为 2022-10");
    expect(detail).toContain("状态应为");
    expect((await get("period=2097-10")).status).toBe(404);
  });
});
