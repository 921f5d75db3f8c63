import { TZDate } from "@date-fns/tz";

/** 2022年11月5日, as the day falls in the given time zone. */
export function formatInTimeZone(date: Date, timeZone: string): string {
  const day = new TZDate(date, timeZone);
  return `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日`;
}
