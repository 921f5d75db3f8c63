// Reading an exported workbook back: the rows under its header, and its merged ranges.
import ExcelJS from "exceljs";

export async function loadWorkbook(body: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body instanceof ArrayBuffer ? body : Uint8Array.from(body).buffer);
  return workbook;
}

/** The row whose first cell reads `header`, or throws. */
export function headerRow(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Row {
  const row = (sheet.getRows(1, sheet.rowCount) ?? []).find((candidate) => candidate.getCell(1).value === header);
  if (!row) throw new Error(`no header "${header}" in ${sheet.name}`);
  return row;
}

/** The rows below the header row. */
export const rowsBelow = (sheet: ExcelJS.Worksheet, header: ExcelJS.Row): ExcelJS.Row[] =>
  sheet.rowCount > header.number ? (sheet.getRows(header.number + 1, sheet.rowCount - header.number) ?? []) : [];

/** "A7:A9" style ranges. */
export const mergesOf = (sheet: ExcelJS.Worksheet): string[] => (sheet.model as { merges?: string[] }).merges ?? [];
