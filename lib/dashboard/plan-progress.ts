// The entry point every dashboard, export and API call uses for a plan's progress.
import "server-only";
import { portalEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { isPeriod } from "@/lib/time/periods";
import type { PlanProgress } from "./progress-types";
import { computePlanProgress } from "./compute-progress";
import { computeIndicatorSeries, type IndicatorSeries } from "./indicator-series";
import { readThroughProgressCache } from "./progress-cache";
import { thresholdsOf } from "./progress-maths";

// The shape of what is cached: a stored entry of an older shape (before expected progress, say) is
// never served to code that reads the new one, though the data version did not move.
const SHAPE = "v4";

export async function getPlanProgress(
  db: PrismaClient,
  year: number,
  period: string,
  now: Date = portalNow(),
): Promise<PlanProgress | null> {
  if (!isPeriod(period) || Number(period.slice(0, 4)) !== year) return null;
  const env = portalEnv();
  // Overdue depends on the day as well as the data: a report becomes overdue when its due day ends.
  const query = { year, period, today: shanghaiDay(now), dueDay: env.REPORT_DUE_DAY, thresholds: thresholdsOf(env) };
  const key = [
    `plan-${SHAPE}`,
    year,
    period,
    query.today,
    query.dueDay,
    query.thresholds.ahead,
    query.thresholds.behind,
    query.thresholds.seriouslyBehind,
  ].join(":");
  return readThroughProgressCache(db, key, () => computePlanProgress(db, query));
}

export async function getIndicatorSeries(
  db: PrismaClient,
  indicatorId: number,
  period: string,
): Promise<IndicatorSeries | null> {
  if (!isPeriod(period)) return null;
  return readThroughProgressCache(db, `series-${SHAPE}:${indicatorId}:${period}`, () =>
    computeIndicatorSeries(db, indicatorId, period),
  );
}
