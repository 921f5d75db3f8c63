// The raw rows a plan's progress is made of, read with plain Prisma (no SQL of the code under test):
// the plan's tree, every approved report's values up to the period, and every report's filing record.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function loadRawPlan(db: PrismaClient, year: number, lastPeriod: string) {
  const plan = await db.plan.findUniqueOrThrow({
    where: { year },
    select: {
      id: true,
      sections: { select: { no: true, weight: true } },
      points: {
        select: {
          id: true,
          no: true,
          weight: true,
          leadUnitId: true,
          section: { select: { no: true } },
          indicators: {
            select: {
              id: true,
              kind: true,
              direction: true,
              target: true,
              weight: true,
              schedule: true,
              rule: true,
              dueOn: true,
              wholeNumbers: true,
              quotaMode: true,
              retiredAt: true,
              quotas: { select: { unitId: true, target: true } },
              baselines: { select: { unitId: true, value: true, numerator: true, denominator: true } },
            },
          },
        },
      },
    },
  });
  const units = await db.unit.findMany({ select: { id: true, code: true, kind: true } });
  const approved = await db.report.findMany({
    where: { state: "APPROVED", period: { gte: `${year}-01`, lte: lastPeriod }, point: { planId: plan.id } },
    select: {
      id: true,
      unitId: true,
      period: true,
      values: { select: { indicatorId: true, value: true, numerator: true, denominator: true, done: true } },
    },
  });
  const reports = await db.report.findMany({
    where: { period: { gte: `${year}-01`, lte: lastPeriod }, point: { planId: plan.id } },
    select: {
      id: true,
      unitId: true,
      pointId: true,
      period: true,
      state: true,
      events: { where: { toState: "SUBMITTED" }, select: { at: true } },
    },
  });
  const extensions = await db.dueDateExtension.findMany({
    where: { state: "GRANTED", period: { gte: `${year}-01`, lte: lastPeriod } },
    select: { unitId: true, period: true, requestedDue: true },
  });
  return {
    sections: plan.sections,
    points: plan.points.map((point) => ({
      ...point,
      // A retired indicator is in no figure: the oracle never sees it.
      indicators: point.indicators
        .filter((indicator) => indicator.retiredAt === null)
        .map((indicator) => ({
          ...indicator,
          target: indicator.target.toNumber(),
          // A schedule saved on the weights page is the indicator's curve, whatever its rule says.
          rule: indicator.rule === "LINEAR" && indicator.schedule.length === 12 ? ("CURVE" as const) : indicator.rule,
          dueOn: indicator.dueOn?.toISOString().slice(0, 10) ?? null,
          quotas: indicator.quotas.map((quota) => ({ unitId: quota.unitId, target: quota.target.toNumber() })),
          baselines: indicator.baselines.map((row) => ({
            unitId: row.unitId,
            value: row.value?.toNumber() ?? null,
            numerator: row.numerator?.toNumber() ?? null,
            denominator: row.denominator?.toNumber() ?? null,
          })),
        })),
    })),
    counties: units.filter((unit) => unit.kind === "COUNTY").map(({ id, code }) => ({ id, code })),
    unitCodes: new Map(units.map((unit) => [unit.id, unit.code])),
    approved: approved.map((report) => ({
      ...report,
      values: report.values.map((v) => ({
        indicatorId: v.indicatorId,
        done: v.done,
        value: v.value?.toNumber() ?? null,
        numerator: v.numerator?.toNumber() ?? null,
        denominator: v.denominator?.toNumber() ?? null,
      })),
    })),
    reports,
    extensions,
  };
}

export type RawPlan = Awaited<ReturnType<typeof loadRawPlan>>;
export type RawIndicator = RawPlan["points"][number]["indicators"][number];
