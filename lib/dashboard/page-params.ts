import { portalNow } from "@/lib/time/clock";
import { currentPeriod, isPeriod } from "@/lib/time/periods";
// The dashboards' period lives in the URL (?period=2022-10); without one, the month being filed.

export type DashboardSearchParams = Promise<{ period?: string | string[] }>;

export function periodOrCurrent(raw: unknown, now: Date): string {
  return typeof raw === "string" && isPeriod(raw) ? raw : currentPeriod(now);
}

export async function dashboardPeriod(
  searchParams: DashboardSearchParams,
): Promise<{ period: string; current: string; year: number }> {
  const now = portalNow();
  const period = periodOrCurrent((await searchParams).period, now);
  return { period, current: currentPeriod(now), year: Number(period.slice(0, 4)) };
}

/**
 * The month a plan page shows progress for: the dashboard's (?period=, else the month being filed)
 * when it falls in the plan's year, December for a past year, none for a year not yet begun.
 */
export function planPagePeriod(year: number, raw: unknown, now: Date): string | null {
  const period = periodOrCurrent(raw, now);
  const shown = Number(period.slice(0, 4));
  if (shown === year) return period;
  return shown > year ? `${year}-12` : null;
}
