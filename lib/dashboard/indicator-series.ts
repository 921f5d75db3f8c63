// One indicator's year month by month: the city's cumulative achieved value at each month end
// (each unit's latest approved value up to that month, summed by PostgreSQL), the expected curve
// (from the baseline toward the target by the indicator's rule: target × 序时进度) and each reporting
// unit's contribution.
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { READ_SNAPSHOT } from "./read-snapshot";
import { achievedOf, emptySums } from "./progress-maths";
import { cityMeasureOf } from "./indicator-progress";
import { approvedValues, readProgressVersion } from "./progress-sql";

export type SeriesPoint = {
  period: string;
  achieved: number | null;
  expected: number;
  byUnit: Record<string, number | null>;
};
export type IndicatorSeries = { indicatorId: number; period: string; months: SeriesPoint[]; dataVersion: string };

type Row = {
  period: string;
  unitId: number | null;
  value: number;
  numerator: number;
  denominator: number;
  done: number;
  reported: number;
};

export async function computeIndicatorSeries(
  db: PrismaClient,
  indicatorId: number,
  period: string,
): Promise<IndicatorSeries | null> {
  const year = period.slice(0, 4);
  return db.$transaction(async (tx) => {
    const dataVersion = await readProgressVersion(tx);
    const indicator = await tx.indicator.findFirst({
      where: { id: indicatorId, retiredAt: null, point: { plan: { year: Number(year) } } },
      select: {
        kind: true,
        direction: true,
        target: true,
        schedule: true,
        rule: true,
        dueOn: true,
        quotaMode: true,
        point: { select: { leadUnitId: true } },
        quotas: { select: { unitId: true, target: true } },
        baselines: { select: { unitId: true, value: true, numerator: true, denominator: true } },
      },
    });
    if (!indicator) return null;
    const reporterIds =
      indicator.quotas.length > 0 ? indicator.quotas.map((quota) => quota.unitId) : [indicator.point.leadUnitId];
    const rows = await tx.$queryRaw<Row[]>`
        WITH months AS (
          SELECT to_char(m, 'YYYY-MM') AS period FROM generate_series(to_date(${`${year}-01`}, 'YYYY-MM'), to_date(${period}, 'YYYY-MM'), interval '1 month') m
        ),
        approved AS (
          SELECT "unitId", period, value, numerator, denominator, done FROM (${approvedValues(`${year}-01`, period)}) a
           WHERE "indicatorId" = ${indicatorId} AND "unitId" IN (${Prisma.join(reporterIds)})
             AND (value IS NOT NULL OR numerator IS NOT NULL OR done IS NOT NULL)
        ),
        latest AS (
          SELECT DISTINCT ON (m.period, a."unitId") m.period, a."unitId", a.value, a.numerator, a.denominator, a.done
            FROM months m JOIN approved a ON a.period <= m.period
           ORDER BY m.period, a."unitId", a.period DESC
        )
        SELECT period, CASE WHEN GROUPING("unitId") = 1 THEN NULL ELSE "unitId" END AS "unitId",
               COALESCE(SUM(value), 0)::float8 AS value, COALESCE(SUM(numerator), 0)::float8 AS numerator,
               COALESCE(SUM(denominator), 0)::float8 AS denominator, (COUNT(*) FILTER (WHERE done))::int AS done, COUNT(*)::int AS reported
          FROM latest GROUP BY GROUPING SETS ((period, "unitId"), (period))`;
    const units = await tx.unit.findMany({ where: { id: { in: reporterIds } }, select: { id: true, code: true } });
    const months = Array.from(
      { length: Number(period.slice(5)) },
      (_, index) => `${year}-${String(index + 1).padStart(2, "0")}`,
    );
    // A MILESTONE is done/due against 1 whatever number the plan holds (as completionOf measures it);
    // a minimum for every county against the minimums' total.
    const expectedAt = (month: string) => {
      const measure = cityMeasureOf(indicator, indicator.point.leadUnitId, month);
      const target = indicator.kind === "MILESTONE" ? 1 : measure.minimum ? measure.quotaTotal : measure.target;
      return target * measure.expected;
    };
    const achievedAt = (month: string, unitId: number | null, due: number) => {
      const row = rows.find((candidate) => candidate.period === month && candidate.unitId === unitId);
      return achievedOf(indicator.kind, row ? { ...row, due } : { ...emptySums(), due });
    };
    return {
      indicatorId,
      period,
      dataVersion,
      months: months.map((month) => ({
        period: month,
        achieved: achievedAt(month, null, reporterIds.length),
        expected: expectedAt(month),
        byUnit: Object.fromEntries(units.map((unit) => [unit.code, achievedAt(month, unit.id, 1)])),
      })),
    };
  }, READ_SNAPSHOT);
}
