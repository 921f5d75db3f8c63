// Every change to a plan's setup goes through here: audited always; once the plan is published it
// also needs a reason and is kept in the plan's own history (PlanChange: old, new, who, when, why),
// which the point page shows. A draft is edited freely (audited, no reason asked).
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { z } from "@/lib/validation/zod";

/** The reason a change to a published plan needs; optional in a draft. */
export const changeReasonSchema = z.string().trim().max(200, "修改原因不能超过200个字").default("");

export const REASON_REQUIRED = "工作要点已发布,修改须填写原因(将记入修改记录)。";

export type PlanChangeEntry = {
  plan: { id: number; status: "DRAFT" | "PUBLISHED" };
  viewer: Viewer;
  context: RequestContext;
  /** Audit code, e.g. "plan.indicator.update"; the PlanChange keeps the same code. */
  action: string;
  objectType: "Plan" | "WorkPoint" | "Indicator" | "Quota" | "Baseline";
  objectId: number | string;
  pointId?: number;
  indicatorId?: number;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
  reason: string;
};

/** Refuses a published plan's change without a reason, before anything is written. */
export function assertReasonGiven(plan: PlanChangeEntry["plan"], reason: string): void {
  if (plan.status === "PUBLISHED" && reason.trim() === "") throw new UserError(REASON_REQUIRED);
}

export async function recordPlanChange(tx: Prisma.TransactionClient, entry: PlanChangeEntry): Promise<void> {
  assertReasonGiven(entry.plan, entry.reason);
  const reason = entry.reason.trim();
  await recordAudit(tx, {
    actor: auditActorOf(entry.viewer),
    action: entry.action,
    result: "SUCCESS",
    objectType: entry.objectType,
    objectId: entry.objectId,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    detail: reason || undefined,
    context: entry.context,
  });
  if (entry.plan.status !== "PUBLISHED") return;
  await tx.planChange.create({
    data: {
      planId: entry.plan.id,
      pointId: entry.pointId,
      indicatorId: entry.indicatorId,
      action: entry.action,
      reason,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      userId: entry.viewer.userId,
      username: entry.viewer.username,
      at: portalNow(),
    },
  });
}
