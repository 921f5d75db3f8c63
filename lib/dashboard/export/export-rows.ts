// Tables more than one export shares: points with their indicators, the county table, overdue reports.
import type { CountyProgress, OverdueReport, PointProgress } from "@/lib/dashboard/progress-types";
import { unitsMetText } from "@/lib/dashboard/status-labels";
import { STATE_LABELS } from "@/lib/reports/workflow";
import { formatPeriod } from "@/lib/time/format";
import { NO_VALUE, statusText, type Cell, type Column } from "./workbook";

export const POINT_COLUMNS: Column[] = [
  { header: "要点序号", width: 8, format: "count" },
  { header: "工作要点", width: 30 },
  { header: "牵头单位", width: 16 },
  { header: "要点完成率", width: 10, format: "percent" },
  { header: "要点序时进度", width: 10, format: "percent" },
  { header: "要点状态", width: 12 },
  { header: "指标", width: 30 },
  { header: "计量单位", width: 9 },
  { header: "目标", width: 10, format: "amount" },
  { header: "年初值", width: 10, format: "amount" },
  { header: "完成值", width: 10, format: "amount" },
  { header: "完成率", width: 10, format: "percent" },
  { header: "序时进度", width: 10, format: "percent" },
  { header: "状态", width: 12 },
  { header: "县区达标", width: 14 },
  { header: "年末预测", width: 10, format: "amount" },
  { header: "预测完成率", width: 10, format: "percent" },
  { header: "每月尚需", width: 10, format: "amount" },
];

/**
 * One row per indicator; a point without indicators gets one row saying it is followed through its
 * reports. A minimum for every county reads 每个县区 in its target's unit; 年初值 only where one is set.
 */
export function pointRows(points: PointProgress[]): Cell[][] {
  return points.flatMap((point) => {
    const head: Cell[] = [
      point.no,
      point.title,
      point.leadUnit,
      point.completion,
      point.expected,
      statusText(point.status),
    ];
    if (point.indicators.length === 0)
      return [
        [
          ...head,
          "定性要点(以报告跟踪,不计完成率)",
          NO_VALUE,
          null,
          null,
          null,
          null,
          null,
          NO_VALUE,
          NO_VALUE,
          null,
          null,
          null,
        ],
      ];
    return point.indicators.map((indicator) => [
      ...head,
      indicator.name,
      indicator.quotaMode === "MINIMUM" ? `${indicator.unit}(每个县区)` : indicator.unit,
      indicator.target,
      indicator.baseline,
      indicator.achieved,
      indicator.completion,
      indicator.expected,
      statusText(indicator.status),
      unitsMetText(indicator) ?? NO_VALUE,
      indicator.forecast,
      indicator.forecastCompletion,
      indicator.neededPerMonth,
    ]);
  });
}

export const COUNTY_COLUMNS: Column[] = [
  { header: "排名", width: 6, format: "count" },
  { header: "县区", width: 26 },
  { header: "完成率", width: 10, format: "percent" },
  { header: "序时进度", width: 10, format: "percent" },
  { header: "状态", width: 12 },
  { header: "应报报告(份)", width: 12, format: "count" },
  { header: "按时报送(份)", width: 12, format: "count" },
  { header: "按时报送率", width: 11, format: "percent" },
  { header: "逾期报告(份)", width: 12, format: "count" },
];

export const countyRows = (counties: CountyProgress[]): Cell[][] =>
  counties.map((county) => [
    county.rank,
    county.name,
    county.completion,
    county.expected,
    statusText(county.status),
    county.reportsDue,
    county.reportsOnTime,
    county.onTimeRate,
    county.overdueReports,
  ]);

export const OVERDUE_COLUMNS: Column[] = [
  { header: "单位", width: 26 },
  { header: "要点序号", width: 8, format: "count" },
  { header: "工作要点", width: 30 },
  { header: "月份", width: 10 },
  { header: "报告状态", width: 12 },
  { header: "截止日期", width: 12 },
  { header: "报告编号", width: 9, format: "count" },
];

export const overdueRows = (overdue: OverdueReport[]): Cell[][] =>
  overdue.map((report) => [
    report.unit,
    report.pointNo,
    report.pointTitle,
    formatPeriod(report.period),
    report.state ? STATE_LABELS[report.state] : "未填报",
    report.dueAt,
    report.reportId,
  ]);
