// Calendar days ("2022-11-03") as they fall in Beijing time, whatever the server's zone. Pure: client
// components may import it.
import { TZDate } from "@date-fns/tz";
import { endOfMonth, format } from "date-fns";

export const TIME_ZONE = "Asia/Shanghai";
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day an instant falls on in Beijing. */
export const shanghaiDay = (instant: Date) => format(new TZDate(instant.getTime(), TIME_ZONE), "yyyy-MM-dd");

/** The year an instant falls in, in Beijing. */
export const shanghaiYear = (instant: Date) => new TZDate(instant.getTime(), TIME_ZONE).getFullYear();

/** Whole days from one day to another. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A @db.Date column holds the calendar day at UTC midnight. */
export const dayOfDateColumn = (value: Date) => value.toISOString().slice(0, 10);
export const dateColumnOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

const at = (day: string, hours: number, minutes = 0, seconds = 0, ms = 0) => {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, hours, minutes, seconds, ms, TIME_ZONE).getTime());
};

/** 00:00 in Beijing on the day. */
export const startOfDay = (day: string) => at(day, 0);

/** 12:00 in Beijing on the day: the moment a page for that day is rendered "as of". */
export const noonOf = (day: string) => at(day, 12);

/** 23:59:59.999 in Beijing on the day: due dates last to the end of their day. */
export const endOfDay = (day: string) => at(day, 23, 59, 59, 999);

/** The last day of a month ("2022-06-30"): what "6月底前" means. */
export const lastDayOfMonth = (year: number, month: number) =>
  format(endOfMonth(new Date(year, month - 1, 1)), "yyyy-MM-dd");
