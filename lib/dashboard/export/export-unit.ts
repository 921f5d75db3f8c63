// A county's or a department's dashboard as a workbook. A county's file holds its own row and its own
// quotas only: it may go to the county, so no other county's numbers are in it.
import type { CountyProgress, PlanProgress, PointProgress } from "@/lib/dashboard/progress-types";
import { formatPeriod } from "@/lib/time/format";
import { COUNTY_COLUMNS, countyRows, OVERDUE_COLUMNS, overdueRows, POINT_COLUMNS, pointRows } from "./export-rows";
import {
  addTableSheet,
  newWorkbook,
  PLAN_NAME,
  quotaStatusText,
  workbookBytes,
  type Cell,
  type Column,
} from "./workbook";

export const findCounty = (progress: PlanProgress, code: string): CountyProgress | null =>
  progress.counties.find((county) => county.code === code) ?? null;

export const countyTitle = (progress: PlanProgress, county: CountyProgress) =>
  `${PLAN_NAME(progress.year)} 县区完成情况 · ${county.name} · ${formatPeriod(progress.period)}`;

const QUOTA_COLUMNS: Column[] = [
  { header: "要点序号", width: 8, format: "count" },
  { header: "工作要点", width: 30 },
  { header: "指标", width: 30 },
  { header: "计量单位", width: 9 },
  { header: "本县区任务", width: 10, format: "amount" },
  { header: "年初值", width: 10, format: "amount" },
  { header: "完成值", width: 10, format: "amount" },
  { header: "完成率", width: 10, format: "percent" },
  { header: "序时进度", width: 10, format: "percent" },
  { header: "状态", width: 12 },
  { header: "数据来源月份", width: 12 },
];

function quotaRows(progress: PlanProgress, county: CountyProgress): Cell[][] {
  return progress.points.flatMap((point) =>
    point.indicators.flatMap((indicator) =>
      indicator.units
        .filter((unit) => unit.unitId === county.unitId)
        .map((unit): Cell[] => [
          point.no,
          point.title,
          indicator.name,
          indicator.unit,
          unit.quota,
          indicator.baseline === null ? null : unit.baseline,
          unit.achieved,
          unit.completion,
          unit.expected,
          quotaStatusText(unit),
          unit.reportPeriod ? formatPeriod(unit.reportPeriod) : "暂无已审核数据",
        ]),
    ),
  );
}

export async function countyWorkbook(progress: PlanProgress, county: CountyProgress): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = countyTitle(progress, county);
  const columns = COUNTY_COLUMNS.map((column) =>
    column.header === "排名" ? { ...column, header: `县区排名(共 ${progress.counties.length} 个)`, width: 12 } : column,
  );
  addTableSheet(workbook, { name: "本县区", title, progress, columns, rows: countyRows([county]) });
  addTableSheet(workbook, { name: "任务", title, progress, columns: QUOTA_COLUMNS, rows: quotaRows(progress, county) });
  const overdue = progress.overdue.filter((report) => report.unitCode === county.code);
  addTableSheet(workbook, { name: "逾期报告", title, progress, columns: OVERDUE_COLUMNS, rows: overdueRows(overdue) });
  return workbookBytes(workbook);
}

export type Department = { code: string; name: string; points: PointProgress[] };

/** The department's points; null for a code that leads none. */
export function findDepartment(progress: PlanProgress, code: string): Department | null {
  const points = progress.points.filter((point) => point.leadUnitCode === code);
  return points.length === 0 ? null : { code, name: points[0].leadUnit, points };
}

export const departmentTitle = (progress: PlanProgress, department: Department) =>
  `${PLAN_NAME(progress.year)} 科室完成情况 · ${department.name} · ${formatPeriod(progress.period)}`;

export async function departmentWorkbook(progress: PlanProgress, department: Department): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = departmentTitle(progress, department);
  addTableSheet(workbook, {
    name: "要点与指标",
    title,
    progress,
    columns: POINT_COLUMNS,
    rows: pointRows(department.points),
  });
  const overdue = progress.overdue.filter((report) => report.unitCode === department.code);
  addTableSheet(workbook, { name: "逾期报告", title, progress, columns: OVERDUE_COLUMNS, rows: overdueRows(overdue) });
  return workbookBytes(workbook);
}
