// 下载分解表: the grid's SPLIT indicators as an .xlsx, the counties' cells yellow and unlocked, the
// rest locked (against slips, not people: no password), with a live sum beside each row.
import "server-only";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { sumQuotas } from "@/lib/plans/quota-sum";
import {
  COUNTY_COLUMN_WIDTH,
  FIRST_QUOTA_ROW,
  FIXED_COLUMNS,
  HEADER_ROW,
  QUOTA_FORMAT,
  QUOTA_META_SHEET,
  QUOTA_SHEET,
  SUM_HEADER,
} from "./excel-layout";
import { loadQuotaGrid } from "./load-grid";

export type QuotaFile = { body: Buffer; filename: string; asciiFilename: string };

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8C5" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const INSTRUCTIONS =
  "填写说明:只填黄色单元格,每格为该县区的分解任务数;数量类指标(个、张、户、家等)须填整数,不能为负数;某县区不分解任务的留空(已填报过该指标的县区不能留空)。“合计”列自动求和,应等于市级目标。不要增删行列或修改指标ID。上传后先预览核对,确认后才保存。";

export async function buildQuotaWorkbook(db: PrismaClient, year: number): Promise<QuotaFile> {
  const grid = await loadQuotaGrid(db, year);
  if (!grid) throw new UserError(`没有${year}年的工作要点。`);
  const rows = grid.rows.filter((row) => row.quotaMode === "SPLIT");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "莆田市民政局工作要点督办平台";
  const sheet = workbook.addWorksheet(QUOTA_SHEET);
  const countyStart = FIXED_COLUMNS.length + 1;
  const sumColumn = countyStart + grid.counties.length;
  sheet.columns = [
    ...FIXED_COLUMNS.map((column) => ({ width: column.width })),
    ...grid.counties.map(() => ({ width: COUNTY_COLUMN_WIDTH })),
    { width: 12 },
  ];
  sheet.mergeCells(1, 1, 1, sumColumn);
  sheet.mergeCells(2, 1, 2, sumColumn);
  Object.assign(sheet.getCell(1, 1), { value: `${grid.plan.title} 县区任务分解表`, font: { bold: true, size: 13 } });
  Object.assign(sheet.getCell(2, 1), { value: INSTRUCTIONS, alignment: { wrapText: true, vertical: "top" } });
  sheet.getRow(2).height = 60;
  const header = sheet.getRow(HEADER_ROW);
  header.values = [...FIXED_COLUMNS.map((column) => column.header), ...grid.counties.map((c) => c.name), SUM_HEADER];
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { wrapText: true, vertical: "middle" };
  header.height = 32;
  for (const [index, row] of rows.entries()) {
    const rowNumber = FIRST_QUOTA_ROW + index;
    const line = sheet.getRow(rowNumber);
    line.values = [
      row.id,
      row.pointNo,
      row.name,
      row.unit,
      Number(row.target),
      ...grid.counties.map((county) => (row.quotas[county.id] === undefined ? null : Number(row.quotas[county.id]))),
    ];
    const first = sheet.getCell(rowNumber, countyStart).address;
    const last = sheet.getCell(rowNumber, sumColumn - 1).address;
    const total = sumQuotas(Object.values(row.quotas)).toNumber();
    sheet.getCell(rowNumber, sumColumn).value = { formula: `SUM(${first}:${last})`, result: total };
    for (let column = countyStart; column < sumColumn; column++) {
      const cell = sheet.getCell(rowNumber, column);
      cell.fill = INPUT_FILL;
      cell.protection = { locked: false };
    }
  }
  sheet.views = [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 3 }];
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const meta = workbook.addWorksheet(QUOTA_META_SHEET, { state: "veryHidden" });
  meta.addRows([
    ["format", QUOTA_FORMAT],
    ["year", String(year)],
  ]);
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${year}年工作要点-县区分解表.xlsx`,
    asciiFilename: `quotas-${year}.xlsx`,
  };
}
