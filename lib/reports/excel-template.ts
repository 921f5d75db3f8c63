// The monthly template a unit downloads, fills in offline and uploads again (lib/reports/excel-import.ts).
import "server-only";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { formatPeriod } from "@/lib/time/format";
import type { DutyIndicator } from "./duties";
import { loadUnitMonth, type MonthPoint, type MonthValue } from "./excel-month";
import {
  FIRST_DATA_ROW,
  KIND_LABELS,
  META_SHEET,
  NARRATIVE_COLUMNS,
  NARRATIVE_SHEET,
  TEMPLATE_FORMAT,
  VALUE_COLUMNS,
  VALUES_SHEET,
  valueColumn,
} from "./excel-layout";
import { STATE_LABELS } from "./workflow";

export type TemplateFile = { body: Buffer; filename: string; asciiFilename: string };

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8C5" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const EDITABLE = new Set(["DRAFT", "RETURNED"]);

type Column = { header: string; width: number; hidden?: boolean; input?: boolean };

function setUpSheet(sheet: ExcelJS.Worksheet, columns: readonly Column[], title: string, hint: string): void {
  sheet.columns = columns.map((column) => ({ width: column.width, hidden: column.hidden ?? false }));
  // Title and instructions start at the first visible column, so they are not lost behind the hidden ids.
  const first = columns.findIndex((column) => !column.hidden) + 1;
  sheet.mergeCells(1, first, 1, columns.length);
  sheet.mergeCells(2, first, 2, columns.length);
  Object.assign(sheet.getCell(1, first), { value: title, font: { bold: true, size: 13 } });
  Object.assign(sheet.getCell(2, first), { value: hint, alignment: { wrapText: true, vertical: "top" } });
  sheet.getRow(2).height = 48;
  const header = sheet.getRow(3);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  sheet.views = [{ state: "frozen", ySplit: FIRST_DATA_ROW - 1 }];
}

/** Input cells are yellow and unlocked; the sheet is protected (without a password) against slips, not against people. */
function markInputs(row: ExcelJS.Row, columns: readonly Column[], applies: (index: number) => boolean): void {
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.alignment = { wrapText: true, vertical: "top" };
    if (column.input && applies(index)) {
      cell.fill = INPUT_FILL;
      cell.protection = { locked: false };
    }
  });
}

const pair = (value: MonthValue | undefined) =>
  value?.numerator == null || value.denominator == null ? "" : `${value.numerator} / ${value.denominator}`;
const lastText = (kind: string, value: MonthValue | undefined) =>
  kind === "SUM"
    ? (value?.value ?? "")
    : kind === "MILESTONE"
      ? value?.done == null
        ? ""
        : value.done
          ? "是"
          : "否"
      : pair(value);

function addValueRows(sheet: ExcelJS.Worksheet, points: MonthPoint[]): void {
  const keys = VALUE_COLUMNS.map((column) => column.key as string);
  for (const point of points) {
    for (const indicator of point.indicators) {
      const current = point.report?.values.get(indicator.id);
      const milestone = indicator.kind === "MILESTONE";
      const single =
        indicator.kind === "SUM"
          ? (current?.value ?? null)
          : milestone
            ? current?.done == null
              ? null
              : current.done
                ? "是"
                : "否"
            : null;
      const row = sheet.addRow([
        indicator.id,
        point.pointId,
        point.pointNo,
        point.pointTitle,
        indicator.name,
        KIND_LABELS[indicator.kind],
        indicator.unit,
        milestone ? `完成时限 ${indicator.dueOn ?? "—"}` : indicator.target,
        lastText(indicator.kind, point.lastApproved.get(indicator.id)),
        single,
        current?.numerator ?? null,
        current?.denominator ?? null,
        current?.doneOn ?? null,
        current?.explanation ?? "",
      ]);
      const inputs =
        indicator.kind === "SUM"
          ? ["value"]
          : milestone
            ? ["value", "doneOn", "explanation"]
            : ["numerator", "denominator"];
      const open = !point.report || EDITABLE.has(point.report.state);
      markInputs(
        row,
        VALUE_COLUMNS,
        (index) => open && (keys[index] === "explanation" || inputs.includes(keys[index])),
      );
      if (open) guardInputs(row, indicator);
    }
  }
}

/**
 * Excel itself refuses what the upload would refuse, where it can: a fraction of a counted thing,
 * a negative number, a milestone answered other than 是/否. The note says why on hover.
 */
function guardInputs(row: ExcelJS.Row, indicator: DutyIndicator): void {
  const cell = (key: Parameters<typeof valueColumn>[0]) => row.getCell(valueColumn(key));
  if (indicator.kind === "MILESTONE") {
    cell("value").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"是,否"'],
      showErrorMessage: true,
      errorTitle: "请填“是”或“否”",
      error: "节点是否完成:请填“是”或“否”。",
    };
    cell("doneOn").note = `完成时限 ${indicator.dueOn ?? "—"}。已完成的填完成日期,如 2022-06-15,不晚于今天和本月底。`;
    return;
  }
  const whole = indicator.wholeNumbers;
  const rule: ExcelJS.DataValidation = {
    type: whole ? "whole" : "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: whole ? "须为整数" : "须为数字",
    error: whole
      ? `「${indicator.name}」统计的是整数(${indicator.unit}),请填不小于 0 的整数。`
      : "请填不小于 0 的数字。",
  };
  for (const key of indicator.kind === "SUM" ? (["value"] as const) : (["numerator", "denominator"] as const)) {
    cell(key).dataValidation = rule;
    if (whole) cell(key).note = `整数(${indicator.unit}):统计的是个数,不能填小数。`;
  }
}

function addNarrativeRows(sheet: ExcelJS.Worksheet, points: MonthPoint[]): void {
  for (const point of points) {
    const report = point.report;
    const open = !report || EDITABLE.has(report.state);
    const state = report ? `${STATE_LABELS[report.state]}${open ? "" : "(导入时跳过)"}` : "未填报";
    const row = sheet.addRow([
      point.pointId,
      point.pointNo,
      point.pointTitle,
      state,
      report?.progress ?? "",
      report?.problems ?? "",
      report?.nextSteps ?? "",
    ]);
    row.height = 60;
    markInputs(row, NARRATIVE_COLUMNS, () => open);
  }
}

/** The template of the viewer's unit for a month, prefilled with what has been saved for that month so far. */
export async function buildReportTemplate(db: PrismaClient, viewer: Viewer, period: string): Promise<TemplateFile> {
  const points = await loadUnitMonth(db, viewer.unitId, period);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "莆田市民政局工作要点督办平台";
  const title = `${viewer.unitName} ${formatPeriod(period)} 工作要点进展填报`;
  const values = workbook.addWorksheet(VALUES_SHEET);
  setUpSheet(
    values,
    VALUE_COLUMNS,
    `${title}:指标数值`,
    "填写说明:只填黄色单元格。数值为年初至本月底的累计数;比率、比例类指标填分子和分母,由系统计算比率;标“整数”的指标只能填整数;节点类指标填“是”或“否”,已完成的填完成日期;累计值低于上月已审核值、或超过本单位目标的3倍时,须在“说明”中写明原因。进展情况等文字请填在“进展情况”表。上传后先预览核对,确认后才保存为草稿。",
  );
  addValueRows(values, points);
  const narrative = workbook.addWorksheet(NARRATIVE_SHEET);
  setUpSheet(narrative, NARRATIVE_COLUMNS, `${title}:进展情况`, "每条要点一行。已报送或已通过的报告不会被导入覆盖。");
  addNarrativeRows(narrative, points);
  for (const sheet of [values, narrative])
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.addRows([
    ["format", TEMPLATE_FORMAT],
    ["unit", viewer.unitCode],
    ["period", period],
  ]);
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${viewer.unitName}-${formatPeriod(period)}-填报模板.xlsx`,
    asciiFilename: `report-template-${viewer.unitCode}-${period}.xlsx`,
  };
}
