// One step of a 督查单 after it was proposed, in one transaction with its audit row: the state it
// must be in, the version the person saw (optimistic lock, as on reports), and who may take it.
// A refused step changes nothing.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeState } from "@/lib/generated/prisma/enums";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { AccessDenied } from "@/lib/auth/denied";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { Right } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { STALE_MESSAGE } from "./issue-notices";
import { noticeNumberText, STATE_LABELS } from "./notice-words";

export type NoticeRow = { id: number; year: number; number: number | null; unitId: number; state: NoticeState };

export type Step = {
  right: Right;
  /** The audit action, e.g. "notice.accept". */
  action: string;
  from: NoticeState[];
  to: NoticeState;
  /** Shown when the notice is in another state. */
  wrongState: string;
  /** Only the notice's own unit may take the step (a unit's answer). */
  ownUnitOnly?: boolean;
  data: (now: Date) => Prisma.SupervisionNoticeUpdateManyMutationInput;
  detail: string;
  /** Tell whoever must hear of it, inside the transaction. */
  announce?: (tx: Prisma.TransactionClient, notice: NoticeRow) => Promise<unknown>;
};

export async function changeNotice(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  ref: { id: number; version: number },
  step: Step,
): Promise<{ id: number; state: NoticeState }> {
  const now = portalNow();
  return db.$transaction(async (tx) => {
    const notice = await tx.supervisionNotice.findUnique({
      where: { id: ref.id },
      select: { id: true, year: true, number: true, unitId: true, state: true },
    });
    const resource = { type: "SupervisionNotice", id: ref.id };
    if (!notice || (step.ownUnitOnly && notice.unitId !== viewer.unitId)) throw new AccessDenied(step.right, resource);
    if (step.ownUnitOnly && notice.state === "PROPOSED") throw new AccessDenied(step.right, resource);
    if (!step.from.includes(notice.state)) throw new UserError(step.wrongState);
    const updated = await tx.supervisionNotice.updateMany({
      where: { id: notice.id, version: ref.version, state: notice.state },
      data: { ...step.data(now), state: step.to, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new UserError(STALE_MESSAGE);
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: step.action,
      result: "SUCCESS",
      objectType: "SupervisionNotice",
      objectId: notice.id,
      before: { state: notice.state },
      after: { state: step.to },
      detail: `${noticeNumberText(notice.year, notice.number)}:${STATE_LABELS[notice.state]} → ${STATE_LABELS[step.to]}${step.detail ? `;${step.detail}` : ""}`,
      context,
    });
    await step.announce?.(tx, notice);
    return { id: notice.id, state: step.to };
  });
}
