// The reports of one month as JSON for /api/v1/reports, limited to what the caller may read. A unit
// the caller may not read is "not found" (null), the same as a unit that does not exist, whether
// or not it has reports, so the answer never tells one county anything about another.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { AccessDenied } from "@/lib/auth/denied";
import { unitFilter } from "@/lib/policy";
import { readableReportsWhere } from "@/lib/reports/scope";

export type PeriodReportsJson = {
  period: string;
  reports: {
    id: number;
    unit: string;
    point: number;
    state: string;
    version: number;
    submittedAt: string | null;
    approvedAt: string | null;
    values: {
      indicator: string;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      done: boolean | null;
    }[];
  }[];
};

async function readableUnitId(db: PrismaClient, viewer: Viewer, unitName: string): Promise<number | null> {
  const scope = unitFilter(viewer, "report.read");
  if (!scope) return null;
  const unit = await db.unit.findFirst({ where: { name: unitName }, select: { id: true } });
  if (!unit) return null;
  // Another county's unit answers as one that does not exist, and the attempt is audited.
  if (scope.unitId !== undefined && unit.id !== scope.unitId)
    throw new AccessDenied("report.read", { type: "Unit", id: unitName });
  return unit.id;
}

/** null: the unit does not exist or the caller may not read it. */
export async function listPeriodReports(
  db: PrismaClient,
  viewer: Viewer,
  period: string,
  unitName: string | null,
): Promise<PeriodReportsJson | null> {
  const readable = readableReportsWhere(viewer);
  if (!readable) return null;
  const unitId = unitName === null ? undefined : await readableUnitId(db, viewer, unitName);
  if (unitId === null) return null;
  const reports = await db.report.findMany({
    where: { AND: [readable, { period }, unitId === undefined ? {} : { unitId }] },
    orderBy: [{ unit: { sortOrder: "asc" } }, { point: { no: "asc" } }],
    select: {
      id: true,
      state: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      unit: { select: { name: true } },
      point: { select: { no: true } },
      values: {
        orderBy: { indicator: { sortOrder: "asc" } },
        select: { value: true, numerator: true, denominator: true, done: true, indicator: { select: { name: true } } },
      },
    },
  });
  return {
    period,
    reports: reports.map((report) => ({
      id: report.id,
      unit: report.unit.name,
      point: report.point.no,
      state: report.state,
      version: report.version,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      approvedAt: report.approvedAt?.toISOString() ?? null,
      values: report.values.map((row) => ({
        indicator: row.indicator.name,
        value: row.value?.toNumber() ?? null,
        numerator: row.numerator?.toNumber() ?? null,
        denominator: row.denominator?.toNumber() ?? null,
        done: row.done,
      })),
    })),
  };
}
