// Checking an uploaded template before anything is saved: the file must be this unit's template,
// every cell must pass the same checks as the report form (numberInput, saveReportSchema,
// checkValues), and each problem is named by its row. Saving is lib/reports/excel-save.ts.
import "server-only";
import { can } from "@/lib/policy";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { formatPeriod } from "@/lib/time/format";
import { isPeriod } from "@/lib/time/periods";
import { checkValues } from "./check-values";
import {
  FIRST_DATA_ROW,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_ROWS,
  MAX_TEMPLATE_BYTES,
  META_SHEET,
  NARRATIVE_SHEET,
  TEMPLATE_FORMAT,
  VALUES_SHEET,
} from "./excel-layout";
import { loadUnitMonth } from "./excel-month";
import { assertFilingPeriod, planOfPeriod } from "./filing-period";
import { readNarratives, readValueRows, type ReadValue } from "./excel-read";
import { saveReportSchema, type SaveReportInput } from "./schemas";
import { boundedWorkbook } from "./workbook-archive";
import { STATE_LABELS } from "./workflow";

export type ImportPoint = {
  pointId: number;
  pointNo: number;
  pointTitle: string;
  state: ReportState | null;
  version: number | null;
  /** save: becomes a draft on confirmation; skip: already on its way or approved; empty: nothing filled in. */
  action: "save" | "skip" | "empty";
  note: string;
  input: SaveReportInput;
  rows: (Omit<ReadValue, "indicator"> & { indicator: string; unit: string; kind: string })[];
};
export type ImportPreview = {
  unitName: string;
  period: string;
  periodLabel: string;
  points: ImportPoint[];
  /** The first MAX_IMPORT_ERRORS problems, and a line saying how many more there are. */
  errors: string[];
  errorCount: number;
};

async function openTemplate(
  bytes: Uint8Array,
  viewer: Viewer,
): Promise<{ workbook: ExcelJS.Workbook; period: string }> {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw new UserError("文件超过 512 KB,请上传本平台下载的填报模板。");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(boundedWorkbook(bytes)) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("无法读取该文件,请上传本平台下载的 .xlsx 填报模板(不支持 .xls 和 WPS 其他格式)。");
  }
  const meta = new Map<string, string>();
  workbook
    .getWorksheet(META_SHEET)
    ?.eachRow((row) => meta.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const period = meta.get("period") ?? "";
  if (
    meta.get("format") !== TEMPLATE_FORMAT ||
    !isPeriod(period) ||
    !workbook.getWorksheet(VALUES_SHEET) ||
    !workbook.getWorksheet(NARRATIVE_SHEET)
  ) {
    throw new UserError("这不是本平台的填报模板,或模板已损坏,请重新下载后填写。");
  }
  if (meta.get("unit") !== viewer.unitCode) throw new UserError("这份模板不是本单位的,请下载本单位的模板后填写。");
  for (const name of [VALUES_SHEET, NARRATIVE_SHEET]) {
    const rows = workbook.getWorksheet(name)!.actualRowCount - FIRST_DATA_ROW + 1;
    if (rows > MAX_IMPORT_ROWS)
      throw new UserError(
        `「${name}」表有 ${rows} 行,超过 ${MAX_IMPORT_ROWS} 行的上限(本单位的模板只有几十行),请在本平台重新下载模板后填写。`,
      );
  }
  return { workbook, period };
}

export async function previewReportImport(
  db: PrismaClient,
  viewer: Viewer,
  bytes: Uint8Array,
  /** The day the file is judged on (the month being filed, a milestone's latest date); the portal's clock by default. */
  asOf: Date = portalNow(),
): Promise<ImportPreview> {
  if (!can(viewer, "report.file")) throw new UserError("只有本单位的填报人员可以导入填报模板。");
  const { workbook, period } = await openTemplate(bytes, viewer);
  assertFilingPeriod(period, await planOfPeriod(db, period), asOf);
  const points = await loadUnitMonth(db, viewer.unitId, period);
  if (points.length === 0) throw new UserError(`本单位${formatPeriod(period)}没有需要填报的要点。`);
  const errors: string[] = [];
  const values = readValueRows(workbook.getWorksheet(VALUES_SHEET)!, points, errors);
  const narratives = readNarratives(workbook.getWorksheet(NARRATIVE_SHEET)!, points, errors);

  const preview: ImportPoint[] = [];
  for (const point of points) {
    const rows = point.indicators.flatMap((indicator) => values.get(indicator.id) ?? []);
    const words = narratives.get(point.pointId);
    const narrative = {
      progress: words?.progress ?? "",
      problems: words?.problems ?? "",
      nextSteps: words?.nextSteps ?? "",
    };
    const input: SaveReportInput = {
      pointId: point.pointId,
      period,
      expectedVersion: point.report?.version ?? null,
      narrative,
      values: rows.map((row) => ({
        indicatorId: row.indicator.id,
        value: row.value ?? undefined,
        numerator: row.numerator ?? undefined,
        denominator: row.denominator ?? undefined,
        done: row.done ?? undefined,
        doneOn: row.doneOn ?? undefined,
        explanation: row.explanation,
      })),
    };
    const filled =
      Object.values(narrative).some(Boolean) ||
      rows.some(
        (row) =>
          row.value !== null ||
          row.numerator !== null ||
          row.denominator !== null ||
          row.done !== null ||
          row.explanation,
      );
    const state = point.report?.state ?? null;
    const action = state !== null && state !== "DRAFT" && state !== "RETURNED" ? "skip" : filled ? "save" : "empty";
    const note =
      action === "skip"
        ? `当前为“${STATE_LABELS[state!]}”,不导入。`
        : action === "empty"
          ? "未填写,不导入。"
          : state
            ? `更新${STATE_LABELS[state]}`
            : "新建草稿";
    if (action === "save")
      errors.push(...(await problemsOf(db, viewer, input, rows, words?.row ?? null, point.pointNo, shanghaiDay(asOf))));
    preview.push({
      pointId: point.pointId,
      pointNo: point.pointNo,
      pointTitle: point.pointTitle,
      state,
      version: point.report?.version ?? null,
      action,
      note,
      input,
      rows: rows.map(({ indicator, ...row }) => ({
        ...row,
        indicator: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
      })),
    });
  }
  return {
    unitName: viewer.unitName,
    period,
    periodLabel: formatPeriod(period),
    points: preview,
    errors: listedErrors(errors),
    errorCount: errors.length,
  };
}

/** The form's checks, applied row by row so each problem names its row. */
async function problemsOf(
  db: PrismaClient,
  viewer: Viewer,
  input: SaveReportInput,
  rows: ReadValue[],
  narrativeRow: number | null,
  pointNo: number,
  today: string,
): Promise<string[]> {
  const problems: string[] = [];
  const parsed = saveReportSchema.safeParse(input);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [part, index] = issue.path;
    problems.push(
      part === "values" && typeof index === "number"
        ? `第 ${rows[index].row} 行「${rows[index].indicator.name}」:${issue.message}`
        : `「${NARRATIVE_SHEET}」表第 ${narrativeRow ?? "?"} 行(第${pointNo}条):${issue.message}`,
    );
  }
  const checked = await checkValues(
    db,
    viewer.unitId,
    input.period,
    rows.map((row) => row.indicator),
    input.values,
    today,
  );
  for (const problem of checked.problems) problems.push(`第 ${rows[problem.index].row} 行${problem.text}`);
  return problems;
}

/** A file with thousands of problems answers with the first few and a count, not a megabyte of text. */
function listedErrors(errors: string[]): string[] {
  if (errors.length <= MAX_IMPORT_ERRORS) return errors;
  return [...errors.slice(0, MAX_IMPORT_ERRORS), `另有 ${errors.length - MAX_IMPORT_ERRORS} 处错误未列出。`];
}
