// Plans of the tests' own years (2041, 2042, …) written with plain Prisma, so the progress tests
// never write reports into the demo plan 2022. Approved reports go in with createMany, in bulk.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AggregationKind, Direction, ProgressRule, QuotaMode } from "@/lib/generated/prisma/enums";

/** A unit's 年初值: a value (SUM) or a numerator and denominator (RATE, RATIO). */
export type BaselineSpec = number | { numerator: number; denominator: number };

export type IndicatorSpec = {
  name: string;
  kind: AggregationKind;
  target: number;
  direction?: Direction;
  weight?: number;
  schedule?: number[];
  rule?: ProgressRule;
  /** BY_DATE: "2042-06-30". */
  dueOn?: string;
  wholeNumbers?: boolean;
  quotaMode?: QuotaMode;
  retired?: boolean;
  quotas: Record<string, number>;
  baselines?: Record<string, BaselineSpec>;
};
export type PointSpec = { leadUnit: string; weight?: number; indicators: IndicatorSpec[] };

export async function unitIdsByCode(db: PrismaClient): Promise<Map<string, number>> {
  return new Map((await db.unit.findMany({ select: { id: true, code: true } })).map((unit) => [unit.code, unit.id]));
}

/** sections[s][p] is point p of section s; points are numbered through the plan. */
export async function createPlan(
  db: PrismaClient,
  year: number,
  sections: PointSpec[][],
  sectionWeights: number[] = [],
) {
  const units = await unitIdsByCode(db);
  const plan = await db.plan.create({
    data: {
      year,
      title: `${year}年测试工作要点`,
      docNumber: `测〔${year}〕1号`,
      issuer: "测试",
      issuedAt: new Date(`${year}-02-01`),
      sourceText: "测试",
      createdAt: new Date(),
      status: "PUBLISHED",
      publishedAt: new Date(),
      firstPeriod: `${year}-01`,
    },
  });
  let no = 0;
  for (const [s, points] of sections.entries()) {
    const section = await db.section.create({
      data: { planId: plan.id, no: s + 1, title: `第${s + 1}部分`, weight: sectionWeights[s] ?? 1 },
    });
    for (const point of points) {
      no += 1;
      await db.workPoint.create({
        data: {
          planId: plan.id,
          sectionId: section.id,
          no,
          title: `要点${no}`,
          text: `要点${no}`,
          leadUnitId: units.get(point.leadUnit)!,
          weight: point.weight ?? 1,
          indicators: {
            create: point.indicators.map((indicator, sortOrder) => ({
              sortOrder,
              name: indicator.name,
              unit: indicator.kind === "RATE" ? "%" : "个",
              target: indicator.target,
              direction: indicator.direction ?? "AT_LEAST",
              kind: indicator.kind,
              sourceText: indicator.name,
              weight: indicator.weight ?? 1,
              schedule: indicator.schedule ?? [],
              rule: indicator.rule ?? (indicator.schedule ? "CURVE" : "LINEAR"),
              dueOn: indicator.dueOn ? new Date(`${indicator.dueOn}T00:00:00Z`) : null,
              wholeNumbers: indicator.wholeNumbers ?? false,
              quotaMode: indicator.quotaMode ?? (Object.keys(indicator.quotas).length > 0 ? "SPLIT" : "NONE"),
              retiredAt: indicator.retired ? new Date() : null,
              retiredReason: indicator.retired ? "测试:已撤销" : "",
              baselines: {
                create: Object.entries(indicator.baselines ?? {}).map(([code, baseline]) => ({
                  unitId: units.get(code)!,
                  ...(typeof baseline === "number" ? { value: baseline } : baseline),
                })),
              },
              quotas: {
                create: Object.entries(indicator.quotas).map(([code, target]) => ({
                  unitId: units.get(code)!,
                  target,
                })),
              },
            })),
          },
        },
      });
    }
  }
  return db.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: {
      id: true,
      points: {
        orderBy: { no: "asc" },
        select: {
          id: true,
          no: true,
          indicators: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, kind: true } },
        },
      },
    },
  });
}

export type ValueRow = {
  indicatorId: number;
  value?: number;
  numerator?: number;
  denominator?: number;
  done?: boolean;
};
export type ApprovedReport = { unitId: number; pointId: number; period: string; values: ValueRow[] };

/** Approved reports and their values in two statements, however many there are. */
export async function writeApprovedReports(db: PrismaClient, reports: ApprovedReport[]): Promise<number[]> {
  const created = await db.report.createManyAndReturn({
    data: reports.map(({ unitId, pointId, period }) => ({
      unitId,
      pointId,
      period,
      state: "APPROVED",
      approvedAt: new Date(),
      submittedAt: new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
    })),
    select: { id: true, unitId: true, pointId: true, period: true },
  });
  const ids = new Map(created.map((report) => [`${report.unitId}/${report.pointId}/${report.period}`, report.id]));
  await db.reportValue.createMany({
    data: reports.flatMap((report) =>
      report.values.map((value) => ({
        reportId: ids.get(`${report.unitId}/${report.pointId}/${report.period}`)!,
        ...value,
      })),
    ),
  });
  return reports.map((report) => ids.get(`${report.unitId}/${report.pointId}/${report.period}`)!);
}
