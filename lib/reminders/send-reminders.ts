// 催办: the supervisor reminds overdue units. Every reporting user of each unit gets a notification,
// written with one audit row in one transaction; email follows the commit, so a reminder that
// failed sends no mail, and mail that fails leaves the reminder in place.
import "server-only";
import { can } from "@/lib/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { reportingUsersOf } from "@/lib/notifications/recipients";
import { assertFilingPeriod, planOfPeriod } from "@/lib/reports/filing-period";
import { formatDateTime, formatPeriod } from "@/lib/time/format";
import { emailReminders, type MailOutcome } from "./email";
import { listOverdue, type OverdueUnit } from "./list-overdue";
import { reminderLink } from "./queries";
import { assertNotRemindedToday } from "./repeat-check";

export type ReminderTarget = number[] | "all-overdue";
export type ReminderResult = { units: number; recipients: number; mail: MailOutcome };

export async function sendReminders(
  db: PrismaClient,
  actor: Viewer,
  context: RequestContext,
  input: { period: string; unitIds: ReminderTarget; now: Date; confirmRepeat?: boolean },
): Promise<ReminderResult> {
  if (!can(actor, "reminder.send")) throw new UserError("只有督查可以催办。");
  assertFilingPeriod(input.period, await planOfPeriod(db, input.period), input.now);
  const overdue = await listOverdue(db, input.period, input.now);
  const targets = input.unitIds === "all-overdue" ? overdue : await chosen(db, overdue, input.unitIds);
  if (targets.length === 0) throw new UserError(`${formatPeriod(input.period)}没有逾期未报的单位,无需催办。`);
  const recipients = await db.$transaction(async (tx) => {
    // Two clicks at once must not both pass the check: reminders of a month take turns.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report.remind:${input.period}`}))`;
    await assertNotRemindedToday(tx, input.period, targets, input.now, input.confirmRepeat === true);
    const users = await reportingUsersOf(
      tx,
      targets.map((unit) => unit.unitId),
    );
    const byUnit = new Map(targets.map((unit) => [unit.unitId, unit]));
    await tx.notification.createMany({
      data: users.map((user) => ({
        userId: user.id,
        createdAt: input.now,
        kind: "report.remind",
        link: reminderLink(input.period),
        ...message(input.period, byUnit.get(user.unitId)!),
      })),
    });
    await recordAudit(tx, {
      actor: { userId: actor.userId, username: actor.username, role: actor.role, unitCode: actor.unitCode },
      action: "report.remind",
      result: "SUCCESS",
      objectType: "Period",
      objectId: input.period,
      after: { units: targets.map((unit) => unit.unitCode), recipients: users.length },
      detail: targets.map((unit) => unit.unitName).join("、"),
      context,
    });
    return users.length;
  });
  const mail = await emailReminders(
    targets.map((unit) => ({
      unitCode: unit.unitCode,
      subject: `【督办】${message(input.period, unit).title}`,
      text: `${unit.unitName}:\n\n${message(input.period, unit).body}\n\n——莆田市民政局 民政工作要点督办平台`,
    })),
  );
  return { units: targets.length, recipients, mail };
}

/** The requested units, each of which must still be overdue (the page may be stale). */
async function chosen(db: PrismaClient, overdue: OverdueUnit[], unitIds: number[]): Promise<OverdueUnit[]> {
  const wanted = new Set(unitIds);
  const notLate = [...wanted].filter((id) => !overdue.some((unit) => unit.unitId === id));
  if (notLate.length) {
    const names = (await db.unit.findMany({ where: { id: { in: notLate } }, select: { name: true } })).map(
      (unit) => unit.name,
    );
    throw new UserError(`${names.join("、") || "所选单位"}本期没有逾期未报的事项,无需催办。请刷新页面后重试。`);
  }
  return overdue.filter((unit) => wanted.has(unit.unitId));
}

function message(period: string, unit: OverdueUnit): { title: string; body: string } {
  const points = unit.missing.map((duty) => `第${duty.pointNo}条 ${duty.pointTitle}`).join("、");
  return {
    title: `催办:${formatPeriod(period)}工作进展逾期未报`,
    body: `报送截止时间 ${formatDateTime(unit.due)} 已过,本单位尚未报送:${points}。请尽快填报并报送。`,
  };
}
