// One step on a close-out after its application (steps.ts): verify or return (the lead department),
// 销号 or return (the office), reopen a closed one (the office). The version in the `where` refuses a
// step taken on a stale page (another tab, another person, a retry), so nothing is decided twice.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { type CloseoutRecipient, notifyCloseout, subjectText } from "./notify";
import { type CloseoutStepInput, closeoutStepSchema } from "./schemas";
import { CLOSEOUT_STEPS, type CloseoutStep, STATE_LABELS, stepRefusal } from "./steps";

const STALE = "该申请已被他人处理或已更新,请刷新页面后再试。";

/** The columns a step writes beside the state. */
function stepData(
  step: CloseoutStep,
  viewer: Viewer,
  reason: string,
  now: Date,
): Prisma.CloseoutUpdateManyMutationInput {
  switch (step) {
    case "verify":
      return { verifiedAt: now, verifiedById: viewer.userId, verifyNote: reason };
    case "verifyReturn":
    case "closeReturn":
      return { returnReason: reason };
    case "close":
      return { closedAt: now, closedById: viewer.userId };
    case "reopen":
      return { reopenedAt: now, reopenedById: viewer.userId, reopenReason: reason };
  }
}

const NEXT: Record<CloseoutStep, CloseoutRecipient> = {
  verify: "supervisor",
  verifyReturn: "applicant",
  close: "applicant",
  closeReturn: "applicant",
  reopen: "applicant",
};

export async function transitionCloseout(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  raw: CloseoutStepInput | unknown,
): Promise<{ id: number; state: string; version: number }> {
  const parsed = closeoutStepSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "输入有误");
  const { id, version, step, reason } = parsed.data;
  const rule = CLOSEOUT_STEPS[step];
  return db.$transaction(async (tx) => {
    const closeout = await tx.closeout.findUnique({
      where: { id },
      select: {
        id: true,
        unitId: true,
        state: true,
        version: true,
        unit: { select: { code: true, name: true } },
        point: { select: { no: true, title: true, leadUnitId: true } },
        indicator: { select: { name: true } },
      },
    });
    if (!closeout) throw new UserError("办结申请不存在。");
    const refusal = stepRefusal(step, { state: closeout.state, leadUnitId: closeout.point.leadUnitId }, viewer);
    if (refusal) throw new UserError(closeout.version !== version ? STALE : refusal);
    const { count } = await tx.closeout.updateMany({
      where: { id, version, state: rule.from },
      data: { state: rule.to, version: { increment: 1 }, ...stepData(step, viewer, reason, portalNow()) },
    });
    if (count === 0) throw new UserError(STALE);
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: rule.audit,
      result: "SUCCESS",
      objectType: "Closeout",
      objectId: id,
      before: { state: closeout.state, version },
      after: { state: rule.to, unit: closeout.unit.code, point: closeout.point.no, reason },
      context,
    });
    const subject = subjectText(closeout.point, closeout.indicator);
    const title =
      NEXT[step] === "supervisor"
        ? `${closeout.unit.name}申请办结${subject},已核验,待销号`
        : `${subject}的办结申请${step === "close" ? "已销号" : STATE_LABELS[rule.to]}`;
    await notifyCloseout(tx, NEXT[step], { ...closeout, leadUnitId: closeout.point.leadUnitId }, title, reason);
    return { id, state: rule.to, version: version + 1 };
  });
}
