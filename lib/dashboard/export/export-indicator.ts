// One indicator's page as a workbook: its summary with forecast and needed pace, its months, its units.
import type { IndicatorSeries } from "@/lib/dashboard/indicator-series";
import type { IndicatorProgress, PlanProgress, PointProgress } from "@/lib/dashboard/progress-types";
import { RULE_LABELS, unitsMetText } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import {
  addTableSheet,
  newWorkbook,
  PLAN_NAME,
  quotaStatusText,
  statusText,
  workbookBytes,
  type Cell,
  type Column,
} from "./workbook";

const KIND_WORDS = {
  SUM: "累计数量",
  RATE: "比率(Σ分子 ÷ Σ分母 × 100)",
  RATIO: "比例(Σ分子 ÷ Σ分母)",
  MILESTONE: "节点(完成单位 ÷ 应完成单位)",
} as const;
const DIRECTION_WORDS = { AT_LEAST: "不低于目标", AT_MOST: "不高于目标" } as const;
const MODE_WORDS = {
  SPLIT: "分解到县区(任务之和为全市目标)",
  SAME: "各县区同一目标(全市按Σ分子 ÷ Σ分母)",
  MINIMUM: "每个县区不少于目标(各县区计至其目标为止)",
  NONE: "不分解(牵头科室填报)",
} as const;

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
    ["分解方式", MODE_WORDS[indicator.quotaMode], ""],
    ["序时规则", ruleText(indicator), ""],
    ["全年目标", indicator.target, indicator.quotaMode === "MINIMUM" ? `${indicator.unit}(每个县区)` : indicator.unit],
    ...(indicator.baseline === null ? [] : [["年初值", indicator.baseline, indicator.unit] as Cell[]]),
    ["完成值(累计)", indicator.achieved, indicator.unit],
    ["完成率", percent(indicator.completion), ""],
    ["序时进度", percent(indicator.expected), ""],
    ["状态", statusText(indicator.status), ""],
    ...(unitsMetText(indicator) === null ? [] : [["县区达标", unitsMetText(indicator), ""] as Cell[]]),
    ["年末预测(按当前进度)", indicator.forecast, indicator.unit],
    ["预测完成率", percent(indicator.forecastCompletion), ""],
    ["每月尚需完成", indicator.neededPerMonth, indicator.unit],
  ];
}

const ruleText = (indicator: IndicatorProgress) =>
  indicator.rule === "BY_DATE" && indicator.dueOn
    ? `${RULE_LABELS.BY_DATE}(${indicator.dueOn} 前)`
    : RULE_LABELS[indicator.rule];

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
  { header: "年初值", width: 10, format: "amount" },
  { header: "完成值", width: 10, format: "amount" },
  { header: "计量单位", width: 9 },
  { header: "完成率", width: 10, format: "percent" },
  { header: "序时进度", width: 10, format: "percent" },
  { header: "状态", width: 12 },
  { header: "年末预测", width: 10, format: "amount" },
  { header: "数据来源月份", width: 12 },
];

const unitRows = ({ indicator }: IndicatorView): Cell[][] =>
  indicator.units.map((unit) => [
    unit.unit,
    unit.quota,
    indicator.baseline === null ? null : unit.baseline,
    unit.achieved,
    indicator.unit,
    unit.completion,
    unit.expected,
    quotaStatusText(unit),
    unit.forecast,
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
