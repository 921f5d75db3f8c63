import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/time/due";
import { currentPeriod, isPeriod, previousPeriod } from "@/lib/time/periods";

/** The month to show: the one asked for when valid, else the latest month already past its due date. */
export function chosenPeriod(asked: string | string[] | undefined, now: Date): string {
  if (typeof asked === "string" && isPeriod(asked)) return asked;
  const current = currentPeriod(now);
  return isOverdue(current, now) ? current : previousPeriod(current);
}

/**
 * The months that can be reminded about, newest first: from the one being filed back to the first
 * month units report on (the published plan's), never a month before the plan (no 2021年11月).
 */
export function recentPeriods(now: Date, firstPeriod: string | null): string[] {
  const periods = [currentPeriod(now)];
  while (firstPeriod && periods[periods.length - 1] > firstPeriod)
    periods.push(previousPeriod(periods[periods.length - 1]));
  return periods;
}

/** Where a reminder about the period points: also how the reminders of a month are found again. */
export const reminderLink = (period: string) => `/reports?period=${period}`;

/** Unit id → when it was last reminded about the period. */
export async function lastRemindedAt(db: PrismaClient, period: string): Promise<Map<number, Date>> {
  const notes = await db.notification.findMany({
    where: { kind: "report.remind", link: reminderLink(period) },
    orderBy: { createdAt: "desc" },
    take: 2000,
    select: { createdAt: true, user: { select: { unitId: true } } },
  });
  const last = new Map<number, Date>();
  for (const note of notes) if (!last.has(note.user.unitId)) last.set(note.user.unitId, note.createdAt);
  return last;
}
