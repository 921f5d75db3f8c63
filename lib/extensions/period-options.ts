import { addDays } from "@/lib/time/days";
import { dueDayOf } from "@/lib/time/due";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod, previousPeriod } from "@/lib/time/periods";
import { MAX_EXTENSION_DAYS } from "./limits";

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
