// The entry point every dashboard, export and API call uses for a plan's progress.
import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { portalEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isPeriod, portalNow, TIME_ZONE } from "@/lib/reports/periods";
import type { PlanProgress } from "./progress-types";
import { computePlanProgress } from "./compute-progress";
import { computeIndicatorSeries, type IndicatorSeries } from "./indicator-series";
import { readThroughProgressCache } from "./progress-cache";
import { thresholdsOf } from "./progress-maths";

/** Overdue depends on the day as well as the data: a report becomes overdue when its due day ends. */
export const shanghaiDay = (now: Date) => format(new TZDate(now.getTime(), TIME_ZONE), "yyyy-MM-dd");

export const reportDueDay = () => portalEnv().REPORT_DUE_DAY;

export async function getPlanProgress(
  db: PrismaClient,
  year: number,
  period: string,
  now: Date = portalNow(),
): Promise<PlanProgress | null> {
  if (!isPeriod(period) || Number(period.slice(0, 4)) !== year) return null;
  const query = {
    year,
    period,
    today: shanghaiDay(now),
    dueDay: reportDueDay(),
    thresholds: thresholdsOf(portalEnv()),
  };
  const key = [
    "plan",
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
  return readThroughProgressCache(db, `series:${indicatorId}:${period}`, () =>
    computeIndicatorSeries(db, indicatorId, period),
  );
}
