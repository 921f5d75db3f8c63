// The units and duties the simulated history is written for, each indicator with how the plan measures it
// (rule, quota mode, whole numbers) and the 年初值 the plan already holds for the unit.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listDuties, type Duty } from "@/lib/reports/duties";
import type { HistoryIndicator } from "./demo-history-pace";
import type { HistoryDuty, HistoryUnit } from "./demo-history";

type Measures = Map<number, Omit<HistoryIndicator, keyof Duty["indicators"][number] | "baseline">>;
type Baselines = Map<string, HistoryIndicator["baseline"]>;

/** How every indicator of the year's plan is measured, and every 年初值 it holds, keyed by indicator and unit. */
export async function loadMeasures(
  db: PrismaClient,
  year: number,
): Promise<{ measures: Measures; baselines: Baselines }> {
  const indicators = await db.indicator.findMany({
    where: { point: { plan: { year } } },
    select: {
      id: true,
      rule: true,
      quotaMode: true,
      wholeNumbers: true,
      baselines: { select: { unitId: true, value: true, numerator: true, denominator: true } },
    },
  });
  const measures: Measures = new Map(
    indicators.map(({ id, rule, quotaMode, wholeNumbers }) => [id, { rule, quotaMode, wholeNumbers }]),
  );
  const baselines: Baselines = new Map(
    indicators.flatMap((indicator) =>
      indicator.baselines.map((row) => [
        `${indicator.id}/${row.unitId}`,
        {
          value: row.value?.toNumber() ?? null,
          numerator: row.numerator?.toNumber() ?? null,
          denominator: row.denominator?.toNumber() ?? null,
        },
      ]),
    ),
  );
  return { measures, baselines };
}

/** A unit's duties with their indicators' measures and the unit's own 年初值. */
export function measuredDuties(
  duties: Duty[],
  unitId: number,
  { measures, baselines }: Awaited<ReturnType<typeof loadMeasures>>,
  leadCode: (unitId: number) => string,
): HistoryDuty[] {
  return duties.map((duty) => ({
    ...duty,
    leadUnitCode: leadCode(duty.leadUnitId),
    indicators: duty.indicators.map((indicator) => ({
      ...indicator,
      ...(measures.get(indicator.id) ?? { rule: "LINEAR", quotaMode: "NONE", wholeNumbers: false }),
      baseline: baselines.get(`${indicator.id}/${unitId}`) ?? null,
    })),
  }));
}

export async function loadHistoryUnits(db: PrismaClient, year: number): Promise<(HistoryUnit & { id: number })[]> {
  const units = await db.unit.findMany({
    where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, kind: true },
  });
  const codes = new Map(units.map((unit) => [unit.id, unit.code]));
  const measured = await loadMeasures(db, year);
  const result: (HistoryUnit & { id: number })[] = [];
  for (const unit of units) {
    const duties = await listDuties(db, unit.id, `${year}-12`);
    result.push({
      id: unit.id,
      code: unit.code,
      kind: unit.kind as HistoryUnit["kind"],
      duties: measuredDuties(duties, unit.id, measured, (id) => codes.get(id) ?? ""),
    });
  }
  return result;
}
