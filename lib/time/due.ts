// When a month's reports are due: the end of REPORT_DUE_DAY (default the 5th) of the following month,
// Beijing time, or the end of the day a granted extension names.
import { isAfter } from "date-fns";
import { portalEnv } from "@/lib/env";
import { endOfDay, shanghaiDay } from "./days";
import { dueDateOn } from "./periods";

export const dueDate = (period: string) => dueDateOn(period, portalEnv().REPORT_DUE_DAY);

/** The normal due day of a period, as "2022-09-05". */
export const dueDayOf = (period: string) => shanghaiDay(dueDate(period));

export const isOverdue = (period: string, now: Date) => isAfter(now, dueDate(period));

/** The due date that holds for a unit: the normal one, or the end of a granted extension's day. */
export const effectiveDue = (period: string, grantedDay: string | null) =>
  grantedDay ? endOfDay(grantedDay) : dueDate(period);
