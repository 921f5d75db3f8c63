// A unit is not reminded about the same month twice on the same Beijing calendar day without a
// second, explicit yes: a second notification within hours reads as noise, or as a mistake.
// The calendar day (not 24 hours) matches what the supervisor sees and says: "今天已催办过".
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { shanghaiDay, startOfDay } from "@/lib/time/days";
import { formatDateTime } from "@/lib/time/format";
import { reminderLink } from "./queries";

type Db = PrismaClient | Prisma.TransactionClient;

/** The field of the refusal, so the form knows to ask and resend with `confirmRepeat`. */
export const CONFIRM_REPEAT_FIELD = "confirmRepeat";

/** Unit id → the latest reminder about the period sent to it earlier on now's Beijing day. */
export async function remindedToday(db: Db, period: string, unitIds: number[], now: Date): Promise<Map<number, Date>> {
  const notes = await db.notification.findMany({
    where: {
      kind: "report.remind",
      link: reminderLink(period),
      createdAt: { gte: startOfDay(shanghaiDay(now)), lte: now },
      user: { unitId: { in: unitIds } },
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, user: { select: { unitId: true } } },
  });
  const last = new Map<number, Date>();
  for (const note of notes) if (!last.has(note.user.unitId)) last.set(note.user.unitId, note.createdAt);
  return last;
}

/** Refuses a repeat on the same day unless the supervisor has confirmed it. */
export async function assertNotRemindedToday(
  db: Db,
  period: string,
  units: { unitId: number; unitName: string }[],
  now: Date,
  confirmRepeat: boolean,
): Promise<void> {
  if (confirmRepeat) return;
  const today = await remindedToday(
    db,
    period,
    units.map((unit) => unit.unitId),
    now,
  );
  const repeats = units.filter((unit) => today.has(unit.unitId));
  if (repeats.length === 0) return;
  const named = repeats.map((unit) => `${unit.unitName} ${timeOfDay(today.get(unit.unitId)!)}`).join("、");
  const which = repeats.length === 1 ? named : `${repeats.length} 个单位(${named})`;
  throw new UserError(`今天已催办过${which},确定再次催办?`, { field: CONFIRM_REPEAT_FIELD });
}

/** "9 时 30 分" in Beijing time. */
function timeOfDay(instant: Date): string {
  const [hours, minutes] = formatDateTime(instant).split(" ")[1].split(":");
  return `${Number(hours)} 时 ${Number(minutes)} 分`;
}
