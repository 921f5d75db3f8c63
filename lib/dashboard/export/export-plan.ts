// The leadership dashboard as a workbook: the same PlanProgress the page renders, sheet by card.
import type { PlanProgress, Status } from "@/lib/dashboard/progress-types";
import { hasNoQuota, NO_QUOTA_LABEL } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { COUNTY_COLUMNS, countyRows, OVERDUE_COLUMNS, overdueRows, POINT_COLUMNS, pointRows } from "./export-rows";
import { addTableSheet, newWorkbook, PLAN_NAME, statusText, workbookBytes, type Cell, type Column } from "./workbook";

const STATUSES: Status[] = ["AHEAD", "ON_TRACK", "BEHIND", "SERIOUSLY_BEHIND"];

export const planTitle = (progress: PlanProgress) =>
  `${PLAN_NAME(progress.year)} 完成情况 · ${formatPeriod(progress.period)}`;

function summaryRows(progress: PlanProgress): Cell[][] {
  return [
    ["全市完成率", { value: progress.plan.completion, format: "percent" }, ""],
    // What the completion is measured against: each indicator's expected progress, weighted alike.
    ["序时进度", { value: progress.plan.expected, format: "percent" }, ""],
    ["时间进度(全年已过)", { value: progress.timeProgress, format: "percent" }, ""],
    ["总体状态", statusText(progress.plan.status), ""],
    ["本月应报报告", progress.expectedReports, "份"],
    ["已审核通过", progress.approvedReports, "份"],
    ["未审核通过(未计入完成率)", progress.pendingReports, "份"],
    ...STATUSES.map((status): Cell[] => [`指标:${statusText(status)}`, progress.statusCounts[status], "个"]),
    [`指标:${statusText(null)}`, progress.statusCounts.NONE, "个"],
    // 办结销号, counted per unit's part as the page counts it.
    ["已办结(销号)指标", progress.closed.indicators, "项"],
    ["已办结(销号)要点", progress.closed.points, "项"],
  ];
}

const SUMMARY_COLUMNS: Column[] = [
  { header: "项目", width: 28 },
  { header: "数值", width: 14, format: "count" },
  { header: "计量单位", width: 10 },
];

const SECTION_COLUMNS: Column[] = [
  { header: "序号", width: 6, format: "count" },
  { header: "分项", width: 36 },
  { header: "权重", width: 8, format: "amount" },
  { header: "完成率", width: 10, format: "percent" },
  { header: "序时进度", width: 10, format: "percent" },
  { header: "状态", width: 12 },
];

function heatTable(progress: PlanProgress): { columns: Column[]; rows: Cell[][] } {
  const columns: Column[] = [
    { header: "要点序号", width: 8, format: "count" },
    { header: "指标", width: 30 },
    { header: "全市完成率", width: 10, format: "percent" },
    ...progress.counties.map((county): Column => ({ header: county.name, width: 12, format: "percent" })),
  ];
  const rows = progress.points.flatMap((point) =>
    point.indicators
      .filter((indicator) =>
        indicator.units.some((unit) => progress.counties.some((county) => county.unitId === unit.unitId)),
      )
      .map((indicator): Cell[] => [
        point.no,
        `${indicator.name}(${indicator.unit})`,
        { value: indicator.completion, status: indicator.status },
        ...progress.counties.map((county): Cell => {
          const quota = indicator.units.find((unit) => unit.unitId === county.unitId);
          if (!quota) return "无任务";
          return hasNoQuota(quota) ? NO_QUOTA_LABEL : { value: quota.completion, status: quota.status };
        }),
      ]),
  );
  return { columns, rows };
}

export async function planWorkbook(progress: PlanProgress): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = planTitle(progress);
  const sheet = (name: string, columns: Column[], rows: Cell[][]) =>
    addTableSheet(workbook, { name, title, progress, columns, rows });
  sheet("总体", SUMMARY_COLUMNS, summaryRows(progress));
  sheet(
    "分项",
    SECTION_COLUMNS,
    progress.sections.map((section) => [
      section.no,
      section.title,
      section.weight,
      section.completion,
      section.expected,
      statusText(section.status),
    ]),
  );
  sheet("要点与指标", POINT_COLUMNS, pointRows(progress.points));
  sheet("县区", COUNTY_COLUMNS, countyRows(progress.counties));
  sheet("逾期报告", OVERDUE_COLUMNS, overdueRows(progress.overdue));
  const heat = heatTable(progress);
  sheet("指标×县区", heat.columns, heat.rows);
  return workbookBytes(workbook);
}
