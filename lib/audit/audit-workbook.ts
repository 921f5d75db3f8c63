import ExcelJS from "exceljs";
import { formatTimestamp } from "@/lib/time/format";
import { actionText, resultLabel, roleLabel } from "./labels";
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
  const sheet = workbook.addWorksheet("审计日志", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = COLUMNS.map(({ width }) => ({ width }));
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getRow(1).font = { bold: true, size: 13 };
  const header = sheet.addRow(COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const row of rows) {
    // Every value goes in as text: exceljs writes strings as strings, never as formulas.
    sheet.addRow([
      String(row.id),
      formatTimestamp(row.at),
      row.username ?? "",
      roleLabel(row.role),
      row.unitCode ? unitName(row.unitCode) : "",
      actionText(row.action),
      [row.objectType, row.objectId].filter(Boolean).join(" "),
      resultLabel(row.result),
      row.clientAddress ?? "",
      row.requestId ?? "",
      json(row.before),
      json(row.after),
      cellText(row.detail ?? ""),
      row.recordedAt ? formatTimestamp(row.recordedAt) : "",
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
