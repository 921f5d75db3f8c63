// 确认下发 (the day's proposals, all or the ticked ones) and 手动下发 (a notice the office writes
// itself): both issue through issueNotices, numbered in the same transaction; mail after the commit.
import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActorOf } from "@/lib/audit/actor";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { emailReminders } from "@/lib/reminders/email";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { currentPeriod } from "@/lib/time/periods";
import { issueNotices } from "./issue-notices";
import type { ConfirmNoticesInput, IssueManualNoticeInput } from "./schemas";
import { readSupervisionSettings } from "./settings";

export async function confirmNotices(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: ConfirmNoticesInput,
): Promise<{ issued: number }> {
  const now = portalNow();
  const settings = await readSupervisionSettings(db);
  const { issued, mails } = await db.$transaction((tx) =>
    issueNotices(tx, input.notices, {
      actor: auditActorOf(viewer),
      context,
      now,
      feedbackWorkingDays: settings.feedbackWorkingDays,
    }),
  );
  await emailReminders(mails);
  return { issued: issued.length };
}

export async function issueManualNotice(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: IssueManualNoticeInput,
): Promise<{ id: number }> {
  const now = portalNow();
  const today = shanghaiDay(now);
  if (input.feedbackDue && input.feedbackDue <= today)
    throw new UserError("反馈期限须晚于今天。", { field: "feedbackDue" });
  const settings = await readSupervisionSettings(db);
  const { id, mails } = await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { kind: true } });
    if (!unit || unit.kind === "BUREAU") throw new UserError("请选择县区或科室作为责任单位。", { field: "unitId" });
    const point = await tx.workPoint.findUnique({
      where: { id: input.pointId },
      select: { plan: { select: { year: true } }, indicators: { select: { id: true } } },
    });
    if (!point) throw new UserError("请选择工作要点。", { field: "pointId" });
    if (input.indicatorId !== null && !point.indicators.some((indicator) => indicator.id === input.indicatorId))
      throw new UserError("该指标不属于所选工作要点。", { field: "indicatorId" });
    const notice = await tx.supervisionNotice.create({
      data: {
        year: point.plan.year,
        colour: input.colour,
        reason: "MANUAL",
        state: "PROPOSED",
        unitId: input.unitId,
        pointId: input.pointId,
        indicatorId: input.indicatorId,
        period: point.plan.year === Number(today.slice(0, 4)) ? currentPeriod(now) : `${point.plan.year}-12`,
        subject: `manual:${randomUUID()}`,
        facts: input.facts,
        proposedAt: now,
      },
      select: { id: true, version: true },
    });
    const { mails } = await issueNotices(tx, [notice], {
      actor: auditActorOf(viewer),
      context,
      now,
      feedbackWorkingDays: settings.feedbackWorkingDays,
      feedbackDue: input.feedbackDue || undefined,
    });
    return { id: notice.id, mails };
  });
  await emailReminders(mails);
  return { id };
}
