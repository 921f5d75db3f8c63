// Reads the rows of an uploaded template against the unit's month: which indicator and point each
// row is (by its hidden id), and what was typed in it. Problems are collected, named by row.
import type ExcelJS from "exceljs";
import type { DutyIndicator } from "./duties";
import { cellDay, cellDone, cellId, cellNumber, cellText } from "./excel-cells";
import { FIRST_DATA_ROW, NARRATIVE_SHEET, narrativeColumn, valueColumn } from "./excel-layout";
import type { MonthPoint } from "./excel-month";

export type ReadValue = {
  row: number;
  indicator: DutyIndicator;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  done: boolean | null;
  doneOn: string | null;
  explanation: string;
};
export type ReadNarrative = { row: number; progress: string; problems: string; nextSteps: string };

const isBlank = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).every((value) => cellText(value) === "");

export function readValueRows(
  sheet: ExcelJS.Worksheet,
  points: MonthPoint[],
  errors: string[],
): Map<number, ReadValue> {
  const indicators = new Map(
    points.flatMap((point) => point.indicators.map((indicator) => [indicator.id, indicator] as const)),
  );
  const read = new Map<number, ReadValue>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW || isBlank(row)) return;
    const cell = (key: Parameters<typeof valueColumn>[0]) => row.getCell(valueColumn(key)).value;
    const id = cellId(cell("indicatorId"));
    const indicator = id === null ? undefined : indicators.get(id);
    if (!indicator)
      return void errors.push(
        `第 ${rowNumber} 行:找不到对应的指标(隐藏的编号列被改动或这一行是新加的),请在本平台重新下载模板。`,
      );
    const where = `第 ${rowNumber} 行「${indicator.name}」:`;
    if (read.has(indicator.id)) return void errors.push(`${where}与第 ${read.get(indicator.id)!.row} 行重复。`);
    const number = (key: "value" | "numerator" | "denominator", label: string) => {
      const result = cellNumber(cell(key));
      if (!result.ok) errors.push(`${where}${label}${result.message}`);
      return result.ok ? result.value : null;
    };
    const filled = (key: "value" | "numerator" | "denominator" | "doneOn") => cellText(cell(key)) !== "";
    const entry: ReadValue = {
      row: rowNumber,
      indicator,
      value: null,
      numerator: null,
      denominator: null,
      done: null,
      doneOn: null,
      explanation: cellText(cell("explanation")),
    };
    if (indicator.kind === "SUM") {
      entry.value = number("value", "本月累计值");
      if (filled("numerator") || filled("denominator") || filled("doneOn"))
        errors.push(`${where}数量指标只填“本月累计值”,分子、分母和完成日期留空。`);
    } else if (indicator.kind === "MILESTONE") {
      const done = cellDone(cell("value"));
      if (done.ok) entry.done = done.value;
      else errors.push(`${where}${done.message}`);
      const day = cellDay(cell("doneOn"));
      if (day.ok) entry.doneOn = day.value;
      else errors.push(`${where}完成日期${day.message}`);
    } else {
      entry.numerator = number("numerator", "分子");
      entry.denominator = number("denominator", "分母");
      if (filled("value") || filled("doneOn"))
        errors.push(`${where}比率、比例指标请填分子和分母,“本月累计值”和完成日期留空。`);
    }
    read.set(indicator.id, entry);
  });
  return read;
}

export function readNarratives(
  sheet: ExcelJS.Worksheet,
  points: MonthPoint[],
  errors: string[],
): Map<number, ReadNarrative> {
  const pointIds = new Set(points.map((point) => point.pointId));
  const read = new Map<number, ReadNarrative>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW || isBlank(row)) return;
    const text = (key: Parameters<typeof narrativeColumn>[0]) => cellText(row.getCell(narrativeColumn(key)).value);
    const id = cellId(row.getCell(narrativeColumn("pointId")).value);
    const where = `「${NARRATIVE_SHEET}」表第 ${rowNumber} 行`;
    if (id === null || !pointIds.has(id))
      return void errors.push(`${where}:找不到对应的要点(隐藏的编号列被改动或这一行是新加的),请在本平台重新下载模板。`);
    if (read.has(id)) return void errors.push(`${where}:与第 ${read.get(id)!.row} 行是同一条要点。`);
    read.set(id, {
      row: rowNumber,
      progress: text("progress"),
      problems: text("problems"),
      nextSteps: text("nextSteps"),
    });
  });
  return read;
}
