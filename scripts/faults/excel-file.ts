// A unit's monthly template, downloaded through the API and filled in the way a unit would fill
// it offline (every figure, 否 for milestones, 进展情况 for every point), for the import scenarios.
import ExcelJS from "exceljs";
import {
  FIRST_DATA_ROW,
  KIND_LABELS,
  NARRATIVE_SHEET,
  VALUES_SHEET,
  narrativeColumn,
  valueColumn,
} from "../../lib/reports/excel-layout";
import type { PortalClient } from "./http";

export async function filledTemplate(client: PortalClient, period: string): Promise<Uint8Array> {
  const response = await fetch(`${client.baseUrl}/api/v1/reports/template?period=${period}`, {
    headers: { cookie: client.cookie },
  });
  if (!response.ok) throw new Error(`下载模板失败: HTTP ${response.status}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const values = book.getWorksheet(VALUES_SHEET);
  const narrative = book.getWorksheet(NARRATIVE_SHEET);
  if (!values || !narrative) throw new Error("模板缺少工作表");
  for (let row = FIRST_DATA_ROW; row <= values.rowCount; row++) {
    const cells = values.getRow(row);
    const kind = String(cells.getCell(valueColumn("kind")).value ?? "");
    if (!kind) continue;
    const target = Number(cells.getCell(valueColumn("target")).value ?? 1) || 1;
    if (kind === KIND_LABELS.MILESTONE) cells.getCell(valueColumn("value")).value = "否";
    else if (kind === KIND_LABELS.SUM) cells.getCell(valueColumn("value")).value = Math.ceil(target);
    else {
      cells.getCell(valueColumn("numerator")).value = 90;
      cells.getCell(valueColumn("denominator")).value = 100;
    }
    cells.getCell(valueColumn("explanation")).value = "故障测试导入";
  }
  for (let row = FIRST_DATA_ROW; row <= narrative.rowCount; row++) {
    const cells = narrative.getRow(row);
    if (cells.getCell(narrativeColumn("pointId")).value)
      cells.getCell(narrativeColumn("progress")).value = "故障测试:Excel 批量导入的进展";
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export function importForm(bytes: Uint8Array): FormData {
  const form = new FormData();
  form.set(
    "file",
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    "填报模板.xlsx",
  );
  return form;
}
