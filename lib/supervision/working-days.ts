// 整改反馈 deadlines count working days as the state council's calendar has them: weekends and
// public holidays (国庆 2022-10-01..07) are off, 调休 weekends (2022-10-08/09) are worked. The
// calendar comes from the well-kept `chinese-days` package, which ships each year's notice.
// The default import: the package is CommonJS for Node (the start script's ESM sees no named exports).
import chineseDays from "chinese-days";
import { addDays } from "@/lib/time/days";

export const isWorkingDay = (day: string): boolean => chineseDays.isWorkday(day);

/** The day `count` working days after `day` (the issue day itself never counts). */
export function addWorkingDays(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}
