// One indicator's page as a workbook: its summary with forecast and needed pace, its months, its units.
import type { IndicatorSeries } from "@/lib/dashboard/indicator-series";
import type { IndicatorProgress, PlanProgress, PointProgress } from "@/lib/dashboard/progress-types";
import { formatPeriod } from "@/lib/time/format";
import { addTableSheet, newWorkbook, PLAN_NAME, statusText, workbookBytes, type Cell, type Column } from "./workbook";

const KIND_WORDS = {
  SUM: "累计数量",
  RATE: "比率(Σ分子 ÷ Σ分母 × 100)",
  RATIO: "比例(Σ分子 ÷ Σ分母)",
  MILESTONE: "节点(完成单位 ÷ 应完成单位)",
} as const;
const DIRECTION_WORDS = { AT_LEAST: "不低于目标", AT_MOST: "不高于目标" } as const;

export type IndicatorView = { point: PointProgress; indicator: IndicatorProgress };

export function findIndicator(progress: PlanProgress, id: number): IndicatorView | null {
  for (const point of progress.points) {
    const indicator = point.indicators.find((candidate) => candidate.id === id);
    if (indicator) return { point, indicator };
  }
  return null;
}

export const indicatorTitle = (progress: PlanProgress, { indicator }: IndicatorView) =>
  `${PLAN_NAME(progress.year)} 指标完成情况 · ${indicator.name} · ${formatPeriod(progress.period)}`;

const SUMMARY_COLUMNS: Column[] = [
  { header: "项目", width: 24 },
  { header: "数值", width: 40, format: "amount" },
  { header: "计量单位", width: 10 },
];

function summaryRows({ point, indicator }: IndicatorView): Cell[][] {
  const percent = (value: number | null): Cell => ({ value, format: "percent" });
  return [
    ["指标", indicator.name, ""],
    ["所属要点", `${point.no}. ${point.title}`, ""],
    ["牵头单位", point.leadUnit, ""],
    ["计算方式", KIND_WORDS[indicator.kind], ""],
    ["方向", DIRECTION_WORDS[indicator.direction], ""],
    ["全年目标", indicator.target, indicator.unit],
    ["完成值(累计)", indicator.achieved, indicator.unit],
    ["完成率", percent(indicator.completion), ""],
    ["状态", statusText(indicator.status), ""],
    ["年末预测(按当前进度)", indicator.forecast, indicator.unit],
    ["预测完成率", percent(indicator.forecastCompletion), ""],
    ["每月尚需完成", indicator.neededPerMonth, indicator.unit],
  ];
}

function monthTable({ indicator }: IndicatorView, series: IndicatorSeries): { columns: Column[]; rows: Cell[][] } {
  const columns: Column[] = [
    { header: "月份", width: 10 },
    { header: "累计完成值", width: 12, format: "amount" },
    { header: "序时预期值", width: 12, format: "amount" },
    { header: "计量单位", width: 9 },
    ...indicator.units.map((unit): Column => ({ header: unit.unit, width: 14, format: "amount" })),
  ];
  const rows = series.months.map((month): Cell[] => [
    formatPeriod(month.period),
    month.achieved,
    month.expected,
    indicator.unit,
    ...indicator.units.map((unit) => month.byUnit[unit.unitCode] ?? null),
  ]);
  return { columns, rows };
}

const UNIT_COLUMNS: Column[] = [
  { header: "单位", width: 26 },
  { header: "任务", width: 10, format: "amount" },
  { header: "完成值", width: 10, format: "amount" },
  { header: "计量单位", width: 9 },
  { header: "完成率", width: 10, format: "percent" },
  { header: "状态", width: 12 },
  { header: "数据来源月份", width: 12 },
];

const unitRows = ({ indicator }: IndicatorView): Cell[][] =>
  indicator.units.map((unit) => [
    unit.unit,
    unit.quota,
    unit.achieved,
    indicator.unit,
    unit.completion,
    statusText(unit.status),
    unit.reportPeriod ? formatPeriod(unit.reportPeriod) : "暂无已审核数据",
  ]);

export async function indicatorWorkbook(
  progress: PlanProgress,
  view: IndicatorView,
  series: IndicatorSeries,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = indicatorTitle(progress, view);
  addTableSheet(workbook, { name: "指标", title, progress, columns: SUMMARY_COLUMNS, rows: summaryRows(view) });
  addTableSheet(workbook, { name: "逐月", title, progress, ...monthTable(view, series) });
  addTableSheet(workbook, { name: "县区", title, progress, columns: UNIT_COLUMNS, rows: unitRows(view) });
  return workbookBytes(workbook);
}
