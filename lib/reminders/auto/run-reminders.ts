// The automatic reminders of one moment on the portal's clock: which are due (pick-reminders.ts),
// recorded once each (ReminderSent's unique key: a second run, or a second instance, inserts nothing
// and so notifies nobody), one notification per user, rule and unit, one audit row; email after the commit.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { filingProblemOf } from "@/lib/reports/filing-period";
import { shanghaiDay } from "@/lib/time/days";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod, previousPeriod } from "@/lib/time/periods";
import { emailReminders, type ReminderMail } from "../email";
import { listOpenDuties, type OpenUnit } from "../open-duties";
import { type DueReminder, pickDutyReminders, pickReviewReminders, ruleText } from "./pick-reminders";
import { dutyRecipients, type Recipients, reviewRecipients } from "./reminder-recipients";
import { dutyMessage, type Message, reviewMessage } from "./reminder-messages";
import { listWaitingReports } from "./waiting-reports";

export type ReminderRun = { reminders: number; notifications: number; mailed: number };

/** One notification to a group of users, for the reminders of one rule. */
type Notice = { recipients: Recipients; message: Message; link: string; reminders: DueReminder[]; mail?: ReminderMail };

/** The months whose due dates reminders speak of: the month being filed and the one before (extensions). */
async function periodsOn(db: PrismaClient, now: Date): Promise<string[]> {
  const current = currentPeriod(now);
  const periods = [previousPeriod(current), current];
  const problems = await Promise.all(periods.map((period) => filingProblemOf(db, period, now)));
  return periods.filter((_, index) => problems[index] === null);
}

const keyOf = (row: { ruleId: number; unitId: number; period: string; subject: string }) =>
  `${row.ruleId}|${row.unitId}|${row.period}|${row.subject}`;
const reminderKey = (reminder: DueReminder) => keyOf({ ...reminder, ruleId: reminder.rule.id });

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

function dutyNotices(today: string, reminders: DueReminder[], open: (OpenUnit & { period: string })[]): Notice[] {
  return groupBy(reminders, (reminder) => `${reminder.unitId}|${reminder.period}|${reminder.rule.id}`).map((group) => {
    const { rule, unitId, period } = group[0];
    const unit = open.find((candidate) => candidate.unitId === unitId && candidate.period === period) as OpenUnit;
    const subjects = new Set(group.map((reminder) => reminder.subject));
    const points = unit.missing
      .filter((duty) => subjects.has(`point:${duty.pointId}`))
      .map((duty) => `第${duty.pointNo}条 ${duty.pointTitle}`);
    const message = dutyMessage(rule, today, period, unit.due, points);
    const mail = {
      unitCode: unit.unitCode,
      subject: `【督办】${message.title}`,
      text: `${unit.unitName}:\n\n${message.body}\n\n——莆田市民政局 民政工作要点督办平台`,
    };
    return { recipients: dutyRecipients(unitId), message, link: `/reports?period=${period}`, reminders: group, mail };
  });
}

function reviewNotices(reminders: DueReminder[], waiting: Awaited<ReturnType<typeof listWaitingReports>>): Notice[] {
  const reportOf = (reminder: DueReminder) =>
    waiting.find((report) => `report:${report.reportId}` === reminder.subject) as (typeof waiting)[number];
  return groupBy(reminders, (reminder) => `${reviewRecipients(reportOf(reminder)).key}|${reminder.rule.id}`).map(
    (group) => {
      const reports = group.map(reportOf);
      const names = reports.map((report) => `${report.unitName}${formatPeriod(report.period)}第${report.pointNo}条`);
      return {
        recipients: reviewRecipients(reports[0]),
        message: reviewMessage(group[0].rule, names),
        link: "/reviews",
        reminders: group,
      };
    },
  );
}

async function notify(tx: Prisma.TransactionClient, notices: Notice[], now: Date): Promise<number> {
  let count = 0;
  for (const notice of notices) {
    const users = await tx.user.findMany({
      where: { ...notice.recipients.where, disabledAt: null },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: users.map((user) => ({
        userId: user.id,
        createdAt: now,
        kind: "report.autoRemind",
        link: notice.link,
        ...notice.message,
      })),
    });
    count += users.length;
  }
  return count;
}

export async function runAutomaticReminders(db: PrismaClient, now: Date): Promise<ReminderRun> {
  const today = shanghaiDay(now);
  const rules = await db.reminderRule.findMany({ orderBy: { id: "asc" } });
  const periods = await periodsOn(db, now);
  const open = (
    await Promise.all(
      periods.map(async (period) => (await listOpenDuties(db, period)).map((unit) => ({ ...unit, period }))),
    )
  ).flat();
  const duties = open.flatMap((unit) =>
    unit.missing.map((duty) => ({
      unitId: unit.unitId,
      period: unit.period,
      pointId: duty.pointId,
      dueDay: shanghaiDay(unit.due),
    })),
  );
  const waiting = await listWaitingReports(db);
  const due = [...pickDutyReminders(today, rules, duties), ...pickReviewReminders(today, rules, waiting)];
  if (due.length === 0) return { reminders: 0, notifications: 0, mailed: 0 };

  const { notices, notifications } = await db.$transaction(async (tx) => {
    const inserted = await tx.reminderSent.createManyAndReturn({
      data: due.map((reminder) => ({
        ruleId: reminder.rule.id,
        unitId: reminder.unitId,
        period: reminder.period,
        subject: reminder.subject,
        sentAt: now,
      })),
      skipDuplicates: true,
      select: { ruleId: true, unitId: true, period: true, subject: true },
    });
    const fresh = new Set(inserted.map(keyOf));
    const sent = due.filter((reminder) => fresh.has(reminderKey(reminder)));
    const notices = [
      ...dutyNotices(
        today,
        sent.filter((reminder) => reminder.subject.startsWith("point:")),
        open,
      ),
      ...reviewNotices(
        sent.filter((reminder) => reminder.subject.startsWith("report:")),
        waiting,
      ),
    ];
    if (sent.length === 0) return { notices, notifications: 0 };
    const notifications = await notify(tx, notices, now);
    await recordAudit(tx, {
      actor: null,
      action: "report.autoRemind",
      result: "SUCCESS",
      objectType: "ReminderRun",
      objectId: today,
      after: {
        reminders: sent.length,
        notifications,
        rules: [...new Set(sent.map((reminder) => ruleText(reminder.rule)))],
      },
      detail: notices.map((notice) => notice.message.title).join(";"),
      context: { clientAddress: "job", requestId: `reminders:${now.toISOString()}` },
    });
    return { notices, notifications };
  });
  const mail = await emailReminders(notices.flatMap((notice) => (notice.mail ? [notice.mail] : [])));
  return {
    reminders: notices.reduce((sum, notice) => sum + notice.reminders.length, 0),
    notifications,
    mailed: mail.sent,
  };
}
