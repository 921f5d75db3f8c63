// The auditor's export: ids as numbers, times as Excel dates in Beijing time, actions in Chinese,
// laid out to print on A4 landscape with the header on every page.
import ExcelJS from "exceljs";
import { EXCEL_TIMESTAMP_FORMAT, excelWallTime } from "@/lib/time/format";
import { actionLabel, resultLabel, roleLabel } from "./labels";
import type { AuditRow } from "./queries";

const COLUMNS = [
  { header: "编号", width: 10 },
  { header: "时间(北京时间)", width: 20 },
  { header: "用户", width: 16 },
  { header: "角色", width: 12 },
  { header: "单位", width: 22 },
  { header: "操作", width: 24 },
  { header: "对象", width: 22 },
  { header: "结果", width: 8 },
  { header: "客户端地址", width: 18 },
  { header: "请求编号", width: 38 },
  { header: "变更前", width: 40 },
  { header: "变更后", width: 40 },
  { header: "说明", width: 40 },
  // `at` is the portal's clock (the demo's 2022 in demo mode); this is when the row was really written.
  { header: "实际写入时间(北京时间)", width: 20 },
];

/** The columns holding times (1-based): 时间 and 实际写入时间. */
const TIME_COLUMNS = [2, COLUMNS.length];

// Excel refuses cells longer than this.
const CELL_MAX = 32_767;

function cellText(value: string): string {
  return value.length > CELL_MAX ? `${value.slice(0, CELL_MAX - 8)}…(内容过长)` : value;
}

const json = (value: unknown) => (value === null || value === undefined ? "" : cellText(JSON.stringify(value)));

/** One sheet: a title row saying what was exported and when, a Chinese header row, then the rows as given. */
export async function buildAuditWorkbook(
  title: string,
  rows: AuditRow[],
  unitName: (code: string) => string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "莆田市民政局工作要点督办平台";
  const sheet = workbook.addWorksheet("审计日志", {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = "2:2";
  sheet.columns = COLUMNS.map(({ width }) => ({ width }));
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getRow(1).font = { bold: true, size: 13 };
  const header = sheet.addRow(COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  header.alignment = { wrapText: true, vertical: "middle" };
  for (const row of rows) {
    // Words go in as text (exceljs writes strings as strings, never as formulas); the id as a number
    // and the times as dates, so the auditor can sort and filter them as such.
    const added = sheet.addRow([
      Number(row.id),
      excelWallTime(row.at),
      row.username ?? "",
      roleLabel(row.role),
      row.unitCode ? unitName(row.unitCode) : "",
      actionLabel(row.action),
      [row.objectType, row.objectId].filter(Boolean).join(" "),
      resultLabel(row.result),
      row.clientAddress ?? "",
      row.requestId ?? "",
      json(row.before),
      json(row.after),
      cellText(row.detail ?? ""),
      row.recordedAt ? excelWallTime(row.recordedAt) : null,
    ]);
    added.alignment = { wrapText: true, vertical: "top" };
    added.getCell(1).numFmt = "0";
    for (const column of TIME_COLUMNS) added.getCell(column).numFmt = EXCEL_TIMESTAMP_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
