// Which dashboard the caller asked for, whether they may have it, and the file. Numbers come only
// from getPlanProgress (and the indicator's series), the objects the pages render.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import { AccessDenied } from "@/lib/auth/denied";
import { can, canForAll, type Right } from "@/lib/policy";
import { formatPeriod } from "@/lib/time/format";
import { planWorkbook } from "./export-plan";
import { findIndicator, indicatorWorkbook } from "./export-indicator";
import type { ExportQuery } from "./export-query";
import { countyWorkbook, departmentWorkbook, findCounty, findDepartment } from "./export-unit";

export type DashboardFile = { body: Buffer; filename: string; asciiFilename: string };
export type ExportOutcome = { file: DashboardFile } | { status: 404; error: string };

const RIGHT_OF_VIEW = {
  plan: "dashboard.readAll",
  indicator: "dashboard.readAll",
  county: "dashboard.readCounty",
  department: "dashboard.readDepartment",
} as const satisfies Record<ExportQuery["view"], Right>;

/** A county exports its own county's dashboard only; the other views need the city's standing. */
export function mayExport(viewer: Viewer, query: ExportQuery): boolean {
  const right = RIGHT_OF_VIEW[query.view];
  return canForAll(viewer, right) || (can(viewer, right) && query.code === viewer.unitCode);
}

// Windows refuses these in file names; indicator names are free text.
const safeName = (name: string) => name.replace(/[\\/:*?"<>|]/g, "_");

const named = (body: Buffer, label: string, ascii: string, period: string): { file: DashboardFile } => ({
  file: {
    body,
    filename: safeName(`${label}-${formatPeriod(period)}.xlsx`),
    asciiFilename: `dashboard-${ascii}-${period}.xlsx`,
  },
});

export async function exportDashboard(viewer: Viewer, query: ExportQuery): Promise<ExportOutcome> {
  if (!mayExport(viewer, query))
    throw new AccessDenied(RIGHT_OF_VIEW[query.view], {
      type: "DashboardExport",
      id: `${query.view}:${query.code ?? query.id ?? ""}`,
    });
  const { view, period, year, id, code } = query;
  const progress = await getPlanProgress(getPrisma(), year, period);
  if (!progress) return { status: 404, error: "未找到该年度该月份的工作要点" };
  if (view === "plan") return named(await planWorkbook(progress), "工作要点完成情况", "plan", period);
  if (view === "indicator") {
    const found = id === null ? null : findIndicator(progress, id);
    const series = found && (await getIndicatorSeries(getPrisma(), found.indicator.id, period));
    if (!found || !series) return { status: 404, error: "未找到该指标" };
    return named(
      await indicatorWorkbook(progress, found, series),
      `指标完成情况-${found.indicator.name}`,
      `indicator-${found.indicator.id}`,
      period,
    );
  }
  if (view === "county") {
    const county = code === null ? null : findCounty(progress, code);
    if (!county) return { status: 404, error: "未找到该县区" };
    return named(await countyWorkbook(progress, county), `${county.name}完成情况`, `county-${county.code}`, period);
  }
  const department = code === null ? null : findDepartment(progress, code);
  if (!department) return { status: 404, error: "未找到该科室牵头的工作要点" };
  return named(
    await departmentWorkbook(progress, department),
    `${department.name}完成情况`,
    `department-${department.code}`,
    period,
  );
}
