// Periods are months ("2022-10"), reckoned in Beijing time. Pure: client components may import it;
// the due date that follows the configured REPORT_DUE_DAY is in due.ts.
import { TZDate } from "@date-fns/tz";
import { addMonths, format, parse, subMonths } from "date-fns";
import { endOfDay, TIME_ZONE } from "./days";

export const isPeriod = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export const periodYear = (period: string) => Number(period.slice(0, 4));

const monthStart = (period: string) => parse(`${period}-01`, "yyyy-MM-dd", new TZDate(2000, 0, 1, TIME_ZONE));

/** The month being filed on a given day: the previous month (October is filed in early November). */
export function currentPeriod(now: Date): string {
  return format(subMonths(new TZDate(now, TIME_ZONE), 1), "yyyy-MM");
}

export const previousPeriod = (period: string) => format(subMonths(monthStart(period), 1), "yyyy-MM");

/** The end (23:59:59.999 Beijing time) of the given day of the month after the period. */
export function dueDateOn(period: string, dueDay: number): Date {
  const month = format(addMonths(monthStart(period), 1), "yyyy-MM");
  return endOfDay(`${month}-${String(dueDay).padStart(2, "0")}`);
}
