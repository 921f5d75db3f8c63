// The 督办台账 as an .xlsx that prints: A4 landscape as wide as the page, the header on every page,
// wrapped words in rows tall enough to show them; a point's cells merged over its rows, a unit's
// words merged over its indicators.
import type ExcelJS from "exceljs";
import { heightFor, linesFor } from "@/lib/dashboard/export/cell-height";
import {
  addNoteRow,
  newWorkbook,
  NO_VALUE,
  PRINT_SETUP,
  quotaStatusText,
  workbookBytes,
} from "@/lib/dashboard/export/workbook";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { STATUS_COLOUR, thresholdText } from "@/lib/dashboard/status-labels";
import { excelWallTime } from "@/lib/time/format";
import type { LedgerGroup, LedgerLine, LedgerPoint } from "./ledger-rows";
import type { LedgerQuery } from "./ledger-query";
import { ledgerTitle, milestoneWords, targetWords, valueFormat } from "./ledger-words";

export const LEDGER_COLUMNS = [
  { header: "序号", width: 6 },
  { header: "工作任务", width: 34 },
  { header: "牵头单位", width: 12 },
  { header: "责任单位", width: 12 },
  { header: "目标", width: 20 },
  { header: "完成值", width: 11 },
  { header: "完成率", width: 9 },
  { header: "序时进度", width: 9 },
  { header: "状态", width: 11 },
  { header: "进展情况", width: 40 },
  { header: "存在问题", width: 24 },
  { header: "下步打算", width: 24 },
  { header: "报送时间", width: 12 },
] as const;
const WIDTHS = LEDGER_COLUMNS.map((column) => column.width);
/** 1-based columns: the point's (merged over its rows) and the unit's (merged over its lines). */
const POINT_COLUMNS = [1, 2, 3];
const GROUP_COLUMNS = [4, 10, 11, 12, 13];

const TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const TINTS = { green: "FFDCFCE7", yellow: "FFFEF3C7", red: "FFFEE2E2" } as const;
const THIN: Partial<ExcelJS.Borders> = Object.fromEntries(
  ["top", "left", "bottom", "right"].map((side) => [side, { style: "thin", color: { argb: "FF94A3B8" } }]),
);

type Value = ExcelJS.CellValue;

/** The figures of one line: 目标 … 状态 (columns 5–9). */
function figures({ indicator, unit }: LedgerLine): { values: Value[]; formats: (string | null)[] } {
  if (!indicator || !unit)
    return { values: ["定性任务(以报告跟踪)", NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE], formats: [] };
  const achieved: Value =
    unit.achieved === null ? NO_VALUE : indicator.kind === "MILESTONE" ? milestoneWords(unit.achieved) : unit.achieved;
  return {
    values: [targetWords(indicator, unit), achieved, unit.completion ?? NO_VALUE, unit.expected, quotaStatusText(unit)],
    formats: [
      null,
      typeof achieved === "number" ? valueFormat(indicator, achieved) : null,
      unit.completion === null ? null : "0.0%",
      "0.0%",
      null,
    ],
  };
}

const groupValues = ({ unitName, narrative }: LedgerGroup): Value[] => [
  unitName,
  `(${narrative.label})${narrative.progress}`,
  narrative.problems,
  narrative.nextSteps,
  narrative.submittedAt ? excelWallTime(narrative.submittedAt) : NO_VALUE,
];

/** Adds `extra` points of height over the rows, evenly. */
function grow(rows: ExcelJS.Row[], extra: number): void {
  if (extra <= 0) return;
  for (const row of rows) row.height = (row.height ?? heightFor(1)) + extra / rows.length;
}

const neededHeight = (text: string, column: number) => heightFor(linesFor(text, WIDTHS[column - 1]));
const totalHeight = (rows: ExcelJS.Row[]) => rows.reduce((total, row) => total + (row.height ?? heightFor(1)), 0);

function addLine(sheet: ExcelJS.Worksheet, line: LedgerLine): ExcelJS.Row {
  const { values, formats } = figures(line);
  const row = sheet.addRow([null, null, null, null, ...values]);
  for (const [index, format] of formats.entries()) if (format) row.getCell(5 + index).numFmt = format;
  const status = line.unit?.status;
  if (status && line.unit?.completion !== null)
    row.getCell(9).fill = { type: "pattern", pattern: "solid", fgColor: { argb: TINTS[STATUS_COLOUR[status]] } };
  row.height = Math.max(neededHeight(String(values[0]), 5), neededHeight(String(values[4]), 9));
  return row;
}

/** A unit's lines, its words merged over them and the rows grown until the words show. */
function addGroup(sheet: ExcelJS.Worksheet, group: LedgerGroup): ExcelJS.Row[] {
  const rows = group.lines.map((line) => addLine(sheet, line));
  const values = groupValues(group);
  for (const [index, column] of GROUP_COLUMNS.entries()) {
    rows[0].getCell(column).value = values[index];
    if (rows.length > 1) sheet.mergeCells(rows[0].number, column, rows.at(-1)!.number, column);
  }
  rows[0].getCell(13).numFmt = "yyyy-mm-dd hh:mm";
  const needed = Math.max(
    ...GROUP_COLUMNS.map((column, index) =>
      typeof values[index] === "string" ? neededHeight(values[index], column) : 0,
    ),
  );
  grow(rows, needed - totalHeight(rows));
  return rows;
}

function addPoint(sheet: ExcelJS.Worksheet, { point, text, groups }: LedgerPoint): void {
  const rows = groups.flatMap((group) => addGroup(sheet, group));
  const values: Value[] = [point.no, text, point.leadUnit];
  for (const [index, column] of POINT_COLUMNS.entries()) {
    rows[0].getCell(column).value = values[index];
    if (rows.length > 1) sheet.mergeCells(rows[0].number, column, rows.at(-1)!.number, column);
  }
  rows[0].getCell(1).numFmt = "0";
  grow(rows, Math.max(neededHeight(text, 2), neededHeight(point.leadUnit, 3)) - totalHeight(rows));
  for (const row of rows)
    for (let column = 1; column <= WIDTHS.length; column += 1) {
      const cell = row.getCell(column);
      cell.alignment = column === 1 ? { ...TOP, horizontal: "center" } : TOP;
      cell.border = THIN;
    }
}

export async function ledgerWorkbook(
  progress: PlanProgress,
  query: LedgerQuery,
  ledger: LedgerPoint[],
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("督办台账", {
    pageSetup: { ...PRINT_SETUP, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: "第 &P 页,共 &N 页" },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  addNoteRow(sheet, ledgerTitle(progress, query), WIDTHS, true);
  addNoteRow(
    sheet,
    "完成值、完成率、序时进度为截至本月审核通过的数据(与督办看板相同);进展情况、存在问题、下步打算取自该单位本月报至市局的报告,括号内为报告的审核状态;" +
      `状态判定:${thresholdText(progress.thresholds)}。`,
    WIDTHS,
  );
  const header = sheet.addRow(LEDGER_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.height = heightFor(1) + 6;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  for (const entry of ledger) addPoint(sheet, entry);
  if (ledger.length === 0) addNoteRow(sheet, "没有符合筛选条件的要点。", WIDTHS);
  return workbookBytes(workbook);
}
