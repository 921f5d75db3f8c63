// How every export writes its cells: a quota of 0 reads the same in each (0 in the column's format,
// 无分解任务 for its status and in the heat table), one number format per column, note rows that show
// their words. A plan of its own year (2089) holds the quota of 0; the demo's October is read only.
import { describe, expect, it } from "vitest";
import { heightFor, linesFor } from "@/lib/dashboard/export/cell-height";
import { exportDashboard } from "@/lib/dashboard/export/export-dashboard";
import type { ExportQuery } from "@/lib/dashboard/export/export-query";
import { pendingNote } from "@/lib/dashboard/export/workbook";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { thresholdText } from "@/lib/dashboard/status-labels";
import { getPrisma } from "@/lib/db";
import { exportLedger } from "@/lib/ledger/export-ledger";
import type { Viewer } from "@/lib/auth/viewer-type";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";
import { headerRow, loadWorkbook, mergesOf, rowsBelow } from "./helpers/workbook-read";

const YEAR = 2089;
const PERIOD = `${YEAR}-10`;
const leader = { role: "LEADER", unitId: 0, unitCode: "city", userId: 0 } as unknown as Viewer;

async function dashboardFile(query: Partial<ExportQuery> & Pick<ExportQuery, "view" | "period">) {
  const outcome = await exportDashboard(leader, {
    year: Number(query.period.slice(0, 4)),
    id: null,
    code: null,
    ...query,
  });
  if (!("file" in outcome)) throw new Error(outcome.error);
  return loadWorkbook(outcome.file.body);
}

/** The row under `header` (in column 1) whose column `column` reads `label`. */
function rowWith(sheet: import("exceljs").Worksheet, header: string, column: number, label: string) {
  const row = rowsBelow(sheet, headerRow(sheet, header)).find((candidate) => candidate.getCell(column).value === label);
  if (!row) throw new Error(`no "${label}" in ${sheet.name}`);
  return row;
}

describe("a quota of 0", () => {
  it("is 0 in its column's format and 无分解任务 in every export", async () => {
    const plan = await createPlan(getPrisma(), YEAR, [
      [
        {
          leadUnit: "yanglao",
          indicators: [{ name: "零任务床位", kind: "SUM", target: 30, quotas: { licheng: 30, hanjiang: 0 } }],
        },
      ],
    ]);
    const units = await unitIdsByCode(getPrisma());
    const indicator = plan.points[0].indicators[0];
    await writeApprovedReports(getPrisma(), [
      {
        unitId: units.get("licheng")!,
        pointId: plan.points[0].id,
        period: PERIOD,
        values: [{ indicatorId: indicator.id, value: 12 }],
      },
    ]);
    const county = (await dashboardFile({ view: "county", period: PERIOD, code: "hanjiang" })).getWorksheet("任务")!;
    const quotaRow = rowWith(county, "要点序号", 3, "零任务床位");
    expect([quotaRow.getCell(5).value, quotaRow.getCell(5).numFmt, quotaRow.getCell(10).value]).toEqual([
      0,
      "#,##0",
      "无分解任务",
    ]);
    const units2 = (await dashboardFile({ view: "indicator", period: PERIOD, id: indicator.id })).getWorksheet("县区")!;
    const unitRow = rowWith(units2, "单位", 1, "涵江区");
    expect([unitRow.getCell(2).value, unitRow.getCell(2).numFmt, unitRow.getCell(8).value]).toEqual([
      0,
      "#,##0",
      "无分解任务",
    ]);
    const heat = (await dashboardFile({ view: "plan", period: PERIOD })).getWorksheet("指标×县区")!;
    const header = headerRow(heat, "要点序号");
    const column = (header.values as unknown[]).indexOf("涵江区");
    expect(rowWith(heat, "要点序号", 2, "零任务床位(个)").getCell(column).value).toBe("无分解任务");
    expect(
      rowWith(heat, "要点序号", 2, "零任务床位(个)").getCell((header.values as unknown[]).indexOf("荔城区")).value,
    ).toBe(0.4);
    const ledger = await loadWorkbook(
      (await exportLedger({ period: PERIOD, year: YEAR, section: null, unit: "hanjiang", status: null }))!.body,
    );
    const line = rowsBelow(ledger.worksheets[0], headerRow(ledger.worksheets[0], "序号"))[0];
    expect([line.getCell(5).value, line.getCell(9).value]).toEqual(["零任务床位:0个", "无分解任务"]);
  });
});

describe("the dashboard's export of October 2022", () => {
  it("has one number format per column in every table and wraps its words", async () => {
    const workbook = await dashboardFile({ view: "plan", period: "2022-10" });
    for (const name of ["分项", "要点与指标", "县区", "逾期报告", "指标×县区"]) {
      const sheet = workbook.getWorksheet(name)!;
      const header = headerRow(sheet, sheet.getRow(6).getCell(1).value as string);
      const formats = new Map<number, Set<string>>();
      for (const row of rowsBelow(sheet, header))
        row.eachCell((cell, column) => {
          if (typeof cell.value === "number") formats.set(column, (formats.get(column) ?? new Set()).add(cell.numFmt));
          expect(cell.alignment?.wrapText, `${name} ${cell.address}`).toBe(true);
        });
      for (const [column, set] of formats) expect([...set], `${name} column ${column}`).toHaveLength(1);
    }
    // 2.5亿元 beside 30个: the 目标 column shows both with two decimals.
    const points = workbook.getWorksheet("要点与指标")!;
    const targets = rowsBelow(points, headerRow(points, "要点序号")).map((row) => row.getCell(9));
    expect(targets.some((cell) => cell.value === 2.5)).toBe(true);
    expect(new Set(targets.filter((cell) => typeof cell.value === "number").map((cell) => cell.numFmt))).toEqual(
      new Set(["#,##0.00"]),
    );
  });

  it("merges and wraps the notes of 总体 in rows tall enough to show them", async () => {
    const progress = (await getPlanProgress(getPrisma(), 2022, "2022-10"))!;
    const sheet = (await dashboardFile({ view: "plan", period: "2022-10" })).getWorksheet("总体")!;
    const width = [1, 2, 3].reduce((total, column) => total + (sheet.getColumn(column).width ?? 0), 0);
    const notes = [pendingNote(progress), `状态判定:${thresholdText(progress.thresholds)}`];
    // The status rule is longer than the table is wide: it takes lines, and its row shows them.
    expect(linesFor(notes[1], width)).toBeGreaterThan(1);
    for (const note of notes) {
      const row = (sheet.getRows(1, 8) ?? []).find((candidate) => candidate.getCell(1).value === note)!;
      expect(row, note).toBeDefined();
      expect(mergesOf(sheet)).toContain(`A${row.number}:C${row.number}`);
      expect(row.getCell(1).alignment).toMatchObject({ wrapText: true });
      expect(row.height).toBeGreaterThanOrEqual(heightFor(linesFor(note, width)));
    }
  });
});
