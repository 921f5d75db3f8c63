import { formatPeriod, previousPeriod, currentPeriod } from "@/lib/reports/periods";
import { addDays, dueDayOf, MAX_EXTENSION_DAYS } from "./dates";

export type ExtensionPeriodOption = { period: string; label: string; earliest: string; latest: string; dueDay: string };

/** The months a unit may ask about: the one being filed and the one before, with the days allowed. */
export function extensionPeriodOptions(now: Date): ExtensionPeriodOption[] {
  const current = currentPeriod(now);
  return [current, previousPeriod(current)].map((period) => {
    const dueDay = dueDayOf(period);
    return {
      period,
      label: formatPeriod(period),
      dueDay,
      earliest: addDays(dueDay, 1),
      latest: addDays(dueDay, MAX_EXTENSION_DAYS),
    };
  });
}
