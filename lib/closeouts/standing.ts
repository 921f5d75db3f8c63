// A unit's standing on its indicators, as the dashboard measures it (approved values only, the
// month being filed): what an application for an indicator is judged on and what it freezes.
import "server-only";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod } from "@/lib/time/periods";
import type { IndicatorStanding } from "./eligibility";

/** The month whose approved figures count: the one being filed, within the plan's year. */
export function standingPeriod(year: number, now: Date = portalNow()): string {
  const filing = currentPeriod(now);
  if (filing < `${year}-01`) return `${year}-01`;
  return filing > `${year}-12` ? `${year}-12` : filing;
}

/** Indicator id → the unit's standing, for every indicator the unit reports on in the plan's year. */
export async function standingsOf(
  db: PrismaClient,
  year: number,
  unitId: number,
  now: Date = portalNow(),
): Promise<{ period: string; standings: Map<number, IndicatorStanding> }> {
  const period = standingPeriod(year, now);
  const progress = await getPlanProgress(db, year, period, now);
  const standings = new Map<number, IndicatorStanding>();
  for (const point of progress?.points ?? [])
    for (const indicator of point.indicators)
      for (const unit of indicator.units)
        if (unit.unitId === unitId)
          standings.set(indicator.id, {
            achieved: unit.achieved,
            target: unit.quota,
            completion: unit.completion,
            unit: indicator.unit,
          });
  return { period, standings };
}
