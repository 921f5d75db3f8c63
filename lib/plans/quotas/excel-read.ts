// 上传分解表, checked before anything is saved: the file must be this plan's 分解表 (bounded before
// ExcelJS inflates it), every row is checked like the monthly template (row-numbered Chinese
// messages, the first 50 and a count), and the preview says per indicator what changes and
// whether Σ meets the target. Saving is excel-save.ts, which reads the file again.
import "server-only";
import { QUOTA_MODE_LABELS } from "@/lib/plans/measurement-labels";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { quotaBalance, type QuotaBalance } from "@/lib/plans/quota-sum";
import { cellId, cellText } from "@/lib/reports/excel-cells";
import { boundedWorkbook } from "@/lib/reports/workbook-archive";
import { listProblems } from "./apply-quotas";
import {
  FIRST_QUOTA_ROW,
  fixedColumn,
  HEADER_ROW,
  MAX_QUOTA_FILE_BYTES,
  MAX_QUOTA_ROWS,
  QUOTA_FORMAT,
  QUOTA_META_SHEET,
  QUOTA_SHEET,
} from "./excel-layout";
import { type GridRow, loadQuotaGrid, type QuotaGrid } from "./load-grid";
import { parseQuotaCell, sameQuota } from "./quota-cell";

export type QuotaPreviewRow = {
  row: number;
  indicatorId: number;
  pointNo: number;
  name: string;
  unit: string;
  /** Every county of the row: its quota now and in the file (decimal text, null for none). */
  cells: { unitId: number; county: string; before: string | null; after: string | null; changed: boolean }[];
  balance: QuotaBalance;
};
export type QuotaPreview = {
  year: number;
  published: boolean;
  rows: QuotaPreviewRow[];
  changedRows: number;
  errors: string[];
  errorCount: number;
};

const FORMAT_PROBLEM = "这不是本平台下载的分解表,或文件已损坏,请在分解表页面重新下载后填写。";

async function openWorkbook(bytes: Uint8Array, year: number): Promise<ExcelJS.Worksheet> {
  if (bytes.byteLength > MAX_QUOTA_FILE_BYTES) throw new UserError("文件超过 512 KB,请上传本平台下载的分解表。");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(boundedWorkbook(bytes)) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("无法读取该文件,请上传本平台下载的 .xlsx 分解表(不支持 .xls 和 WPS 其他格式)。");
  }
  const meta = new Map<string, string>();
  workbook
    .getWorksheet(QUOTA_META_SHEET)
    ?.eachRow((row) => meta.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const sheet = workbook.getWorksheet(QUOTA_SHEET);
  if (meta.get("format") !== QUOTA_FORMAT || !sheet) throw new UserError(FORMAT_PROBLEM);
  if (meta.get("year") !== String(year))
    throw new UserError(`这是${meta.get("year")}年的分解表,请上传${year}年工作要点的分解表。`);
  const rows = sheet.actualRowCount - FIRST_QUOTA_ROW + 1;
  if (rows > MAX_QUOTA_ROWS)
    throw new UserError(`分解表有 ${rows} 行,超过 ${MAX_QUOTA_ROWS} 行的上限,请在本平台重新下载分解表后填写。`);
  return sheet;
}

/** County id → its column, from the header row; a missing county is a problem named by its header. */
function countyColumns(sheet: ExcelJS.Worksheet, grid: QuotaGrid, errors: string[]): Map<number, number> {
  const byHeader = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, column) => byHeader.set(cellText(cell.value), column));
  if (byHeader.get("指标ID") !== fixedColumn("indicatorId")) throw new UserError(FORMAT_PROBLEM);
  const columns = new Map<number, number>();
  for (const county of grid.counties) {
    const column = byHeader.get(county.name);
    if (column === undefined)
      errors.push(`第 ${HEADER_ROW} 行(表头):缺少「${county.name}」列,请在本平台重新下载分解表。`);
    else columns.set(county.id, column);
  }
  return columns;
}

export async function previewQuotaUpload(db: PrismaClient, year: number, bytes: Uint8Array): Promise<QuotaPreview> {
  const grid = await loadQuotaGrid(db, year);
  if (!grid) throw new UserError(`没有${year}年的工作要点。`);
  const sheet = await openWorkbook(bytes, year);
  const errors: string[] = [];
  const columns = countyColumns(sheet, grid, errors);
  const byId = new Map(grid.rows.map((row) => [row.id, row]));
  const retired = new Map(
    (
      await db.indicator.findMany({
        where: { point: { planId: grid.plan.id }, retiredAt: { not: null } },
        select: { id: true, name: true },
      })
    ).map((indicator) => [indicator.id, indicator.name]),
  );
  const seen = new Map<number, number>();
  const rows: QuotaPreviewRow[] = [];
  sheet.eachRow((line, rowNumber) => {
    if (rowNumber < FIRST_QUOTA_ROW || (line.values as ExcelJS.CellValue[]).every((value) => cellText(value) === ""))
      return;
    const rawId = line.getCell(fixedColumn("indicatorId")).value;
    const id = cellId(rawId);
    const indicator = id === null ? undefined : byId.get(id);
    if (id !== null && retired.has(id))
      return void errors.push(`第 ${rowNumber} 行「${retired.get(id)}」:该指标已停用,不能再分解,请删去这一行。`);
    if (id === null || !indicator)
      return void errors.push(
        `第 ${rowNumber} 行:找不到指标ID为“${cellText(rawId)}”的指标(指标ID被改动或这一行是新加的),请在本平台重新下载分解表。`,
      );
    const where = `第 ${rowNumber} 行「${indicator.name}」`;
    if (seen.has(id)) return void errors.push(`${where}:与第 ${seen.get(id)} 行是同一指标。`);
    seen.set(id, rowNumber);
    if (indicator.quotaMode !== "SPLIT")
      return void errors.push(`${where}:该指标${QUOTA_MODE_LABELS[indicator.quotaMode]},不按分解数下达,请删去这一行。`);
    rows.push(readRow(line, rowNumber, indicator, grid, columns, errors));
  });
  return {
    year,
    published: grid.plan.status === "PUBLISHED",
    rows,
    changedRows: rows.filter((row) => row.cells.some((cell) => cell.changed)).length,
    errors: errors.length > 0 ? listProblems(errors).split("\n") : [],
    errorCount: errors.length,
  };
}

function readRow(
  line: ExcelJS.Row,
  rowNumber: number,
  indicator: GridRow,
  grid: QuotaGrid,
  columns: Map<number, number>,
  errors: string[],
): QuotaPreviewRow {
  const cells: QuotaPreviewRow["cells"] = [];
  for (const county of grid.counties) {
    const before = indicator.quotas[county.id] ?? null;
    const column = columns.get(county.id);
    if (column === undefined) continue;
    const raw = line.getCell(column).value;
    const text = typeof raw === "number" ? raw : cellText(raw);
    const parsed = parseQuotaCell(text, indicator);
    if (!parsed.ok) {
      errors.push(`第 ${rowNumber} 行「${indicator.name}」${county.name}:${parsed.message}`);
      continue;
    }
    if (parsed.value === null && before !== null && indicator.reportedUnitIds.includes(county.id))
      errors.push(`第 ${rowNumber} 行「${indicator.name}」${county.name}:已填报过该指标,分解数不能留空。`);
    cells.push({
      unitId: county.id,
      county: county.name,
      before,
      after: parsed.value,
      changed: !sameQuota(before, parsed.value),
    });
  }
  return {
    row: rowNumber,
    indicatorId: indicator.id,
    pointNo: indicator.pointNo,
    name: indicator.name,
    unit: indicator.unit,
    cells,
    balance: quotaBalance(
      indicator.target,
      cells.map((cell) => cell.after),
    ),
  };
}
