// When a close-out (办结销号) frees a unit from its monthly duty. A close-out takes effect from the
// month being filed when it is closed (October, on a 销号 in early November) and a reopening brings
// the duty back from the month being filed when it is reopened, so earlier months keep the duties
// (and the overdue record) they had. Both come to one instant per period: the start, in Beijing, of
// the second month after it (the first day on which the month after the period is being filed).
// lib/reports (duties), lib/dashboard (overdue, counts) and lib/closeouts all ask here (closure-sql.ts
// for the dashboard's SQL). Pure: unit tests and client code may import it.
import { TZDate } from "@date-fns/tz";
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { TIME_ZONE } from "@/lib/time/days";

/** 00:00 in Beijing on the first day of the second month after the period ("2022-10" → 2022-12-01). */
export function closureCutoff(period: string): Date {
  const [year, month] = period.split("-").map(Number);
  return new Date(new TZDate(year, month + 1, 1, 0, 0, 0, 0, TIME_ZONE).getTime());
}

/** Does a close-out closed (and perhaps reopened) at these instants free its unit in the period? */
export function closesPeriod(closeout: { closedAt: Date | null; reopenedAt: Date | null }, period: string): boolean {
  const cutoff = closureCutoff(period);
  if (!closeout.closedAt || closeout.closedAt >= cutoff) return false;
  return closeout.reopenedAt === null || closeout.reopenedAt >= cutoff;
}

/** The close-outs of a unit that free it in the period (the `where` twin of closesPeriod). */
export function closingWhere(unitId: number, period: string) {
  const cutoff = closureCutoff(period);
  const states: CloseoutState[] = ["CLOSED", "REOPENED"];
  return {
    unitId,
    state: { in: states },
    closedAt: { lt: cutoff },
    OR: [{ reopenedAt: null }, { reopenedAt: { gte: cutoff } }],
  };
}
