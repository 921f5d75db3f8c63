// The dashboards' period lives in the URL (?period=2022-10); without one, the month being filed.
import { currentPeriod, isPeriod, portalNow } from "@/lib/reports/periods";

export type DashboardSearchParams = Promise<{ period?: string | string[] }>;

export async function dashboardPeriod(searchParams: DashboardSearchParams): Promise<{ period: string; current: string; year: number }> {
  const raw = (await searchParams).period;
  const current = currentPeriod(portalNow());
  const period = typeof raw === "string" && isPeriod(raw) ? raw : current;
  return { period, current, year: Number(period.slice(0, 4)) };
}
