// The quota grid of a plan: every current (not retired) indicator × the counties, as the
// supervisor types it. Quotas travel as decimal text, so the page shows exactly what is stored.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { QuotaMode } from "@/lib/generated/prisma/enums";

type Db = PrismaClient | Prisma.TransactionClient;

export type GridCounty = { id: number; code: string; name: string; shortName: string };
export type GridRow = {
  id: number;
  pointNo: number;
  pointTitle: string;
  name: string;
  unit: string;
  kind: string;
  target: string;
  quotaMode: QuotaMode;
  wholeNumbers: boolean;
  /** unitId → quota (decimal text) */
  quotas: Record<number, string>;
  /** Counties whose quota was generated for the demo, not decided by the bureau. */
  demoUnitIds: number[];
  /** Counties that have reported on the indicator: their quota cannot be removed. */
  reportedUnitIds: number[];
};
export type QuotaGrid = {
  plan: { id: number; year: number; title: string; status: "DRAFT" | "PUBLISHED"; firstPeriod: string | null };
  counties: GridCounty[];
  rows: GridRow[];
};

export function listCounties(db: Db): Promise<GridCounty[]> {
  return db.unit.findMany({
    where: { kind: "COUNTY" },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true, shortName: true },
  });
}

/** The grid of the plan of a year (one indicator's row when indicatorId is given), or null. */
export async function loadQuotaGrid(db: Db, year: number, indicatorId?: number): Promise<QuotaGrid | null> {
  const plan = await db.plan.findUnique({
    where: { year },
    select: { id: true, year: true, title: true, status: true, firstPeriod: true },
  });
  if (!plan) return null;
  const indicators = await db.indicator.findMany({
    where: { point: { planId: plan.id }, retiredAt: null, ...(indicatorId ? { id: indicatorId } : {}) },
    orderBy: [{ point: { no: "asc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      name: true,
      unit: true,
      kind: true,
      target: true,
      quotaMode: true,
      wholeNumbers: true,
      point: { select: { no: true, title: true } },
      quotas: { select: { unitId: true, target: true, isDemo: true } },
    },
  });
  const reported = await db.reportValue.findMany({
    where: { indicatorId: { in: indicators.map((indicator) => indicator.id) }, report: { unit: { kind: "COUNTY" } } },
    distinct: ["indicatorId", "reportId"],
    select: { indicatorId: true, report: { select: { unitId: true } } },
  });
  const reportedBy = new Map<number, Set<number>>();
  for (const value of reported)
    (reportedBy.get(value.indicatorId) ?? reportedBy.set(value.indicatorId, new Set()).get(value.indicatorId)!).add(
      value.report.unitId,
    );
  return {
    plan,
    counties: await listCounties(db),
    rows: indicators.map((indicator) => ({
      id: indicator.id,
      pointNo: indicator.point.no,
      pointTitle: indicator.point.title,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      target: indicator.target.toString(),
      quotaMode: indicator.quotaMode,
      wholeNumbers: indicator.wholeNumbers,
      quotas: Object.fromEntries(indicator.quotas.map((quota) => [quota.unitId, quota.target.toString()])),
      demoUnitIds: indicator.quotas.filter((quota) => quota.isDemo).map((quota) => quota.unitId),
      reportedUnitIds: [...(reportedBy.get(indicator.id) ?? [])],
    })),
  };
}
