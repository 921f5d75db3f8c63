// How people in Putian read times: in Beijing time, whatever the server's zone. Pure: client
// components may import it.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "./days";

const inShanghai = (instant: Date) => new TZDate(instant.getTime(), TIME_ZONE);

/** 2022年3月, from "2022-03". */
export function formatPeriod(period: string): string {
  const [year, month] = period.split("-");
  return `${year}年${Number(month)}月`;
}

/** 2022年3月5日, from "2022-03-05". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${year}年${month}月${date}日`;
}

/** 2022年3月5日: the day an instant falls on (a @db.Date column's UTC midnight is the same day). */
export const formatDate = (instant: Date) => format(inShanghai(instant), "yyyy年M月d日");

/** 2022年3月5日 14:30 */
export const formatDateTime = (instant: Date) => format(inShanghai(instant), "yyyy年M月d日 HH:mm");

/** 2022-03-05 14:30:09: to the second, for the audit log. */
export const formatTimestamp = (instant: Date) => format(inShanghai(instant), "yyyy-MM-dd HH:mm:ss");

/**
 * The instant as Excel stores a time: a date cell has no zone, so it holds the Beijing wall time
 * (exceljs writes a Date by its UTC fields, hence the shift).
 */
export const excelWallTime = (instant: Date) =>
  new Date(instant.getTime() - inShanghai(instant).getTimezoneOffset() * 60_000);

/** The number format of those cells, to the second. */
export const EXCEL_TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";
