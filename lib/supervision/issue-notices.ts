// Issuing a 督查单: the next number of its year, the feedback deadline in working days, the yellow
// it escalates closed as ESCALATED, the unit told; all in the caller's transaction. Numbers are
// handed out under a transaction-scoped advisory lock per year, so two issuers at once (two
// supervisors, the job on two instances) never take the same number and never need a retry.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type AuditActor, recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import type { ReminderMail } from "@/lib/reminders/email";
import { dateColumnOfDay, shanghaiDay } from "@/lib/time/days";
import { noticeNumberText, UNANSWERED_STATES } from "./notice-words";
import { notifyIssued } from "./notify-units";
import { addWorkingDays } from "./working-days";

export type IssueRequest = { id: number; version: number };
export type IssueOptions = {
  actor: AuditActor | null;
  context: RequestContext;
  now: Date;
  feedbackWorkingDays: number;
  /** A deadline the supervisor set by hand ("2022-11-20"); otherwise the working-day rule. */
  feedbackDue?: string;
};

export const STALE_MESSAGE = "督查单已被他人处理或修改,请刷新页面后重试。";

async function lockNumbers(tx: Prisma.TransactionClient, year: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('supervision-notice-number'), ${year}::int)`;
}

/** Issues proposed notices (each at the version the caller saw); any other state or version refuses all. */
export async function issueNotices(
  tx: Prisma.TransactionClient,
  requests: IssueRequest[],
  options: IssueOptions,
): Promise<{ issued: number[]; mails: ReminderMail[] }> {
  const today = shanghaiDay(options.now);
  const feedbackDue = options.feedbackDue ?? addWorkingDays(today, options.feedbackWorkingDays);
  const issued: number[] = [];
  const mails: ReminderMail[] = [];
  const notices = await tx.supervisionNotice.findMany({
    where: { id: { in: requests.map((request) => request.id) } },
    orderBy: { id: "asc" },
    select: { id: true, year: true, escalatedFromId: true },
  });
  for (const year of [...new Set(notices.map((notice) => notice.year))].sort()) await lockNumbers(tx, year);
  for (const request of requests.toSorted((a, b) => a.id - b.id)) {
    const notice = notices.find((candidate) => candidate.id === request.id);
    if (!notice) throw new UserError(STALE_MESSAGE);
    const last = await tx.supervisionNotice.aggregate({ where: { year: notice.year }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const updated = await tx.supervisionNotice.updateMany({
      where: { id: notice.id, version: request.version, state: "PROPOSED" },
      data: {
        state: "ISSUED",
        number,
        issuedAt: options.now,
        issuedById: options.actor?.userId ?? null,
        feedbackDue: dateColumnOfDay(feedbackDue),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new UserError(STALE_MESSAGE);
    if (notice.escalatedFromId !== null)
      await tx.supervisionNotice.updateMany({
        where: { id: notice.escalatedFromId, state: { in: UNANSWERED_STATES } },
        data: { state: "ESCALATED", decidedAt: options.now, version: { increment: 1 } },
      });
    const row = await tx.supervisionNotice.findUniqueOrThrow({
      where: { id: notice.id },
      select: { colour: true, unitId: true, facts: true, unit: { select: { code: true, name: true } } },
    });
    mails.push(
      await notifyIssued(tx, {
        id: notice.id,
        year: notice.year,
        number,
        colour: row.colour,
        unitId: row.unitId,
        unitCode: row.unit.code,
        unitName: row.unit.name,
        facts: row.facts,
        feedbackDue,
      }),
    );
    await recordAudit(tx, {
      actor: options.actor,
      action: "notice.issue",
      result: "SUCCESS",
      objectType: "SupervisionNotice",
      objectId: notice.id,
      before: { state: "PROPOSED" },
      after: { state: "ISSUED", number: noticeNumberText(notice.year, number), feedbackDue },
      detail: `${noticeNumberText(notice.year, number)} 下发${row.unit.name},反馈期限 ${feedbackDue}`,
      context: options.context,
    });
    issued.push(notice.id);
  }
  return { issued, mails };
}
