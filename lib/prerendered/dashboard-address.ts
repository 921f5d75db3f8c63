// The pre-rendered dashboard's address carries everything its content depends on (the period, the
// day that decides what is overdue, the data version), so one address is one page for good and
// every portal instance sharing the database serves the same numbers. Only the front door
// (scripts/portal-server.ts, lib/prerendered/front-door.ts) sends requests there; asked for directly, 404.
import { isPeriod } from "@/lib/time/periods";

export const PRERENDERED_PREFIX = "/prerendered/";

export type DashboardAddress = { period: string; day: string; version: string };

export const planDashboardAddress = ({ period, day, version }: DashboardAddress) =>
  `${PRERENDERED_PREFIX}dashboard/${period}/${day}/${version}`;

export function isDashboardAddress({ period, day, version }: DashboardAddress): boolean {
  return isPeriod(period) && /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{1,18}$/.test(version);
}

/**
 * Whether a request asks for a pre-rendered page directly. Conservative: Next decodes the path
 * before routing (/%70rerendered/… reaches the same page), so the decoded path is checked, and a
 * path that cannot be decoded is refused too.
 */
export function isPrerenderedAddress(url: string | undefined): boolean {
  let path: string;
  try {
    path = decodeURIComponent((url ?? "").split(/[?#]/)[0]);
  } catch {
    return true;
  }
  return /(^|[/\\])prerendered([/\\]|$)/i.test(path);
}
