// The one sheet layout every dashboard export uses: what, whose and which month in the title, the
// calendar's share of the year, the pending-reports note and the status rule above the table, so a printed sheet read
// on its own says what its numbers mean.
import ExcelJS from "exceljs";
import type { PlanProgress, Status } from "@/lib/dashboard/progress-types";
import { COLOUR_LABELS, STATUS_COLOUR, STATUS_LABELS, thresholdText } from "@/lib/dashboard/status-labels";
import { isDemoMode } from "@/lib/env";

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

export const pendingNote = (progress: PlanProgress) =>
  `本月尚有 ${progress.pendingReports} 份报告未审核通过,未计入完成率`;

export const PLAN_NAME = (year: number) => `${year}年全市民政工作要点`;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "莆田市民政局工作要点督办平台";
  return workbook;
}

// Amounts keep the precision they have; whole numbers are not shown with ".00".
const amountFormat = (value: number) => (Number.isInteger(value) ? "#,##0" : "#,##0.00");

function writeCell(cell: ExcelJS.Cell, value: Cell, columnFormat: Format = "text"): void {
  const raw = value !== null && typeof value === "object" ? value.value : value;
  const format = (value !== null && typeof value === "object" && value.format) || columnFormat;
  if (raw === null || (typeof raw === "number" && !Number.isFinite(raw))) {
    cell.value = NO_VALUE;
    cell.alignment = { horizontal: "right" };
  } else {
    cell.value = raw;
    if (typeof raw === "number")
      cell.numFmt = format === "percent" ? PERCENT : format === "amount" ? amountFormat(raw) : "0";
  }
  if (value !== null && typeof value === "object" && value.status) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TINTS[STATUS_COLOUR[value.status]] } };
  }
}

type SheetSpec = { name: string; title: string; progress: PlanProgress; columns: Column[]; rows: Cell[][] };

/** Title, 序时进度, notes, then the header row and the rows; the rows under the header scroll, the rest stays. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  { name, title, progress, columns, rows }: SheetSpec,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(({ width }) => ({ width }));
  const span = Math.max(columns.length, 2);
  const line = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, span);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    if (bold) row.font = { bold: true, size: 13 };
    return row;
  };
  line(title, true);
  // The calendar's share of the year; each indicator's own 序时进度 (its rule, its 年初值) is in the table.
  const time = sheet.addRow(["时间进度"]);
  writeCell(time.getCell(2), progress.timeProgress, "percent");
  line(pendingNote(progress));
  line(`状态判定:${thresholdText(progress.thresholds)}`).height = 32;
  const demo = isDemoMode();
  line(`仅计入审核通过的数据;完成率不封顶。${demo ? "演示数据:县区任务含演示分解,1月以来的报告为模拟生成。" : ""}`);
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { wrapText: true, vertical: "middle" };
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  for (const values of rows) {
    const row = sheet.addRow([]);
    for (const [index, value] of values.entries()) writeCell(row.getCell(index + 1), value, columns[index]?.format);
  }
  return sheet;
}

/** A finished workbook as bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
