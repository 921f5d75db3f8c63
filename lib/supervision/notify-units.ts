// Who hears of a 督查单: the unit's people who answer it (in-app, and its office mailbox when SMTP is
// configured); the office, of the day's proposals and of every answer.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyUsers } from "@/lib/notifications/recipients";
import { rolesWith } from "@/lib/policy";
import type { ReminderMail } from "@/lib/reminders/email";
import { formatDay } from "@/lib/time/format";
import { COLOUR_LABELS, noticeNumberText } from "./notice-words";

export type IssuedNotice = {
  id: number;
  year: number;
  number: number;
  colour: "YELLOW" | "RED";
  unitId: number;
  unitCode: string;
  unitName: string;
  facts: string;
  feedbackDue: string;
};

/** Tells the unit in-app; returns the mail its office mailbox gets after the commit. */
export async function notifyIssued(tx: Prisma.TransactionClient, notice: IssuedNotice): Promise<ReminderMail> {
  const title = `${COLOUR_LABELS[notice.colour]}督查单 ${noticeNumberText(notice.year, notice.number)}`;
  const body = `${notice.facts}请于${formatDay(notice.feedbackDue)}前反馈整改情况。`;
  await notifyUsers(
    tx,
    { unitId: notice.unitId, role: { in: rolesWith("notice.feedback") } },
    { kind: "notice.issue", title, body, link: `/supervision/${notice.id}` },
  );
  return {
    unitCode: notice.unitCode,
    subject: `【督查】${title}`,
    text: `${notice.unitName}:\n\n${body}\n\n——莆田市民政局 民政工作要点督办平台`,
  };
}

/** The office (those who decide on 督查单) hears of proposals and answers. */
export const notifyOffice = (tx: Prisma.TransactionClient, title: string, link: string, kind: string) =>
  notifyUsers(tx, { role: { in: rolesWith("notice.decide") } }, { kind, title, link });
