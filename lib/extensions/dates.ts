// Due days are calendar days in Asia/Shanghai; an extended due date, like the normal one, lasts
// to the end of its day there.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { dueDate, TIME_ZONE } from "@/lib/reports/periods";

export const MAX_EXTENSION_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The normal due day of a period, as "2022-09-05". */
export const dueDayOf = (period: string) => format(new TZDate(dueDate(period).getTime(), TIME_ZONE), "yyyy-MM-dd");

/** Whole days from one "yyyy-MM-dd" to another. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A @db.Date column holds the calendar day at UTC midnight. */
export const dayOfDateColumn = (value: Date) => value.toISOString().slice(0, 10);
export const dateColumnOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** 23:59:59.999 Asia/Shanghai on the given day. */
export function endOfDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, 23, 59, 59, 999, TIME_ZONE).getTime());
}

/** The due date that holds for a unit: the normal one, or the end of a granted extension's day. */
export const effectiveDue = (period: string, grantedDay: string | null) =>
  grantedDay ? endOfDay(grantedDay) : dueDate(period);

/** 2022年9月20日 */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${year}年${month}月${date}日`;
}
