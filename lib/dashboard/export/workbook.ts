// The one sheet layout every dashboard export uses: what, whose and which month in the title, the
// calendar's share of the year, the pending-reports note and the status rule above the table, so a printed sheet read
// on its own says what its numbers mean.
import ExcelJS from "exceljs";
import type { PlanProgress, Status } from "@/lib/dashboard/progress-types";
import {
  COLOUR_LABELS,
  hasNoQuota,
  NO_QUOTA_LABEL,
  STATUS_COLOUR,
  STATUS_LABELS,
  thresholdText,
} from "@/lib/dashboard/status-labels";
import { isDemoMode } from "@/lib/env";
import { heightFor, linesFor } from "./cell-height";

export type Format = "percent" | "amount" | "count" | "text";
export type Column = { header: string; width: number; format?: Format };
/** A number or words; the object form overrides the column's format or tints the cell by a status (the heat table). */
export type Cell = string | number | null | { value: number | null; status?: Status | null; format?: Format };

export const NO_VALUE = "—";
const PERCENT = "0.0%";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const TINTS = { green: "FFDCFCE7", yellow: "FFFEF3C7", red: "FFFEE2E2" } as const;

/** 绿 · 正常, as the StatusBadge says it. */
export const statusText = (status: Status | null) =>
  status ? `${COLOUR_LABELS[STATUS_COLOUR[status]]} · ${STATUS_LABELS[status]}` : "暂无已审核数据";

/** A unit's status on one quota: a quota of 0 says so, as the dashboards do. */
export const quotaStatusText = (unit: { quota: number; completion: number | null; status: Status | null }) =>
  hasNoQuota(unit) ? NO_QUOTA_LABEL : statusText(unit.status);

export const pendingNote = (progress: PlanProgress) =>
  `本月尚有 ${progress.pendingReports} 份报告未审核通过,未计入完成率`;

export const PLAN_NAME = (year: number) => `${year}年全市民政工作要点`;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "莆田市民政局工作要点督办平台";
  return workbook;
}

// An amount column shows whole numbers without ".00" unless some value in it has a fraction; then
// every value of the column shows two decimals, so the column reads alike from top to bottom.
const amountFormat = (values: number[]) => (values.every(Number.isInteger) ? "#,##0" : "#,##0.00");
const NUMBER_FORMATS = { percent: () => PERCENT, count: () => "0", amount: amountFormat } as const;

const rawOf = (value: Cell) => (value !== null && typeof value === "object" ? value.value : value);
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Each column's one number format, from the numbers it holds; a cell's own format (a key-value sheet's row) wins. */
function columnFormats(columns: Column[], rows: Cell[][]): (string | null)[] {
  return columns.map(({ format = "text" }, index) => {
    if (format === "text") return null;
    const numbers = rows
      .map((row) => row[index])
      .filter((cell) => !(cell !== null && typeof cell === "object" && cell.format));
    return NUMBER_FORMATS[format](numbers.map(rawOf).filter(isNumber));
  });
}

const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

function writeCell(cell: ExcelJS.Cell, value: Cell, columnFormat: string | null): void {
  const raw = rawOf(value);
  const own = value !== null && typeof value === "object" && value.format;
  if (raw === null || !(typeof raw === "string" || isNumber(raw))) {
    cell.value = NO_VALUE;
    cell.alignment = { ...TOP_WRAPPED, horizontal: "right" };
  } else {
    cell.value = raw;
    cell.alignment = TOP_WRAPPED;
    if (typeof raw === "number") {
      const format = own ? NUMBER_FORMATS[own === "text" ? "amount" : own]([raw]) : columnFormat;
      if (format) cell.numFmt = format;
    }
  }
  if (value !== null && typeof value === "object" && value.status) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TINTS[STATUS_COLOUR[value.status]] } };
  }
}

type SheetSpec = { name: string; title: string; progress: PlanProgress; columns: Column[]; rows: Cell[][] };

/** A4 landscape, as wide as the page, as many pages down as it takes. */
export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** A line of words merged across the table's width, wrapped, and as tall as its words need. */
export function addNoteRow(sheet: ExcelJS.Worksheet, text: string, widths: number[], bold = false): ExcelJS.Row {
  const row = sheet.addRow([text]);
  const span = Math.max(widths.length, 2);
  sheet.mergeCells(row.number, 1, row.number, span);
  row.getCell(1).alignment = TOP_WRAPPED;
  if (bold) row.font = { bold: true, size: 13 };
  const width = widths.reduce((total, each) => total + each, 0);
  row.height = heightFor(linesFor(text, width)) * (bold ? 1.2 : 1);
  return row;
}

/** The height a row of wrapped cells needs: its tallest cell's. */
export function fitRowHeight(row: ExcelJS.Row, widths: number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    if (typeof cell.value === "string") lines = Math.max(lines, linesFor(cell.value, widths[column - 1] ?? 10));
  });
  if (lines > 1) row.height = heightFor(lines);
}

/** Title, 序时进度, notes, then the header row and the rows; the rows under the header scroll, the rest stays. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  { name, title, progress, columns, rows }: SheetSpec,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { pageSetup: { ...PRINT_SETUP } });
  const widths = columns.map(({ width }) => width);
  sheet.columns = widths.map((width) => ({ width }));
  addNoteRow(sheet, title, widths, true);
  // The calendar's share of the year; each indicator's own 序时进度 (its rule, its 年初值) is in the table.
  const time = sheet.addRow(["时间进度"]);
  writeCell(time.getCell(2), { value: progress.timeProgress, format: "percent" }, null);
  addNoteRow(sheet, pendingNote(progress), widths);
  addNoteRow(sheet, `状态判定:${thresholdText(progress.thresholds)}`, widths);
  const demo = isDemoMode();
  addNoteRow(
    sheet,
    `仅计入审核通过的数据;完成率不封顶。${demo ? "演示数据:县区任务含演示分解,1月以来的报告为模拟生成。" : ""}`,
    widths,
  );
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { wrapText: true, vertical: "middle" };
  fitRowHeight(header, widths);
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  const formats = columnFormats(columns, rows);
  for (const values of rows) {
    const row = sheet.addRow([]);
    for (const [index, value] of values.entries()) writeCell(row.getCell(index + 1), value, formats[index] ?? null);
    fitRowHeight(row, widths);
  }
  return sheet;
}

/** A finished workbook as bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
