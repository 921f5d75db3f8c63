// Months as the 通报 needs them. Pure.
import { isPeriod } from "@/lib/time/periods";

/** "2022-12" → "2023-01" */
export function nextPeriod(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

/** Whether a month can have a 通报: a month of the published plan from its first period up to the month being filed. */
export function isBulletinPeriod(period: string, firstPeriod: string, filingPeriod: string): boolean {
  return isPeriod(period) && period >= firstPeriod && period <= filingPeriod;
}
