// Periods are months ("2022-10"), reckoned in Asia/Shanghai. The demo runs on a demo clock
// (PORTAL_DEMO_DATE, default 2022-11-03) so that the 2022 plan is in progress; production uses the
// real date. A month's report is due on the configured day of the following month.
import { TZDate } from "@date-fns/tz";
import { addMonths, format, isAfter, parse, subMonths } from "date-fns";
import { portalEnv } from "@/lib/env";

export const TIME_ZONE = "Asia/Shanghai";
const DEFAULT_DEMO_DATE = "2022-11-03";

export function portalNow(env: NodeJS.ProcessEnv = process.env): Date {
  if (env.PORTAL_MODE !== "demo") return new Date();
  const day = env.PORTAL_DEMO_DATE ?? DEFAULT_DEMO_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`配置错误: PORTAL_DEMO_DATE 应为 2022-11-03 这样的日期`);
  return new Date(new TZDate(`${day}T09:00:00`, TIME_ZONE).getTime());
}

export const isPeriod = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

const monthStart = (period: string) => parse(`${period}-01`, "yyyy-MM-dd", new TZDate(2000, 0, 1, TIME_ZONE));

/** The month being filed on a given day: the previous month (October is filed in early November). */
export function currentPeriod(now: Date): string {
  return format(subMonths(new TZDate(now, TIME_ZONE), 1), "yyyy-MM");
}

export const previousPeriod = (period: string) => format(subMonths(monthStart(period), 1), "yyyy-MM");

/** The end of the due day (23:59:59.999 Asia/Shanghai) of the month after the period. */
export function dueDate(period: string, dueDay = portalEnv().REPORT_DUE_DAY): Date {
  const next = addMonths(monthStart(period), 1);
  return new Date(new TZDate(next.getFullYear(), next.getMonth(), dueDay, 23, 59, 59, 999, TIME_ZONE).getTime());
}

export const isOverdue = (period: string, now: Date) => isAfter(now, dueDate(period));

/** 2022年10月 */
export function formatPeriod(period: string): string {
  const [year, month] = period.split("-");
  return `${year}年${Number(month)}月`;
}

export const periodYear = (period: string) => Number(period.slice(0, 4));
