// Retiring an indicator: its reports stay (they are the record of what units did), but nobody is
// asked to report on it again and it no longer counts. The reason is asked even in a draft, since
// the point page shows it beside the greyed indicator.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { recordPlanChange } from "@/lib/plans/plan-change";
import { portalNow } from "@/lib/time/clock";
import { loadIndicatorForChange } from "./load-for-change";
import type { RetireIndicatorInput } from "./schemas";

export async function retireIndicator(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: RetireIndicatorInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const indicator = await loadIndicatorForChange(tx, input.indicatorId);
    if (indicator.retiredAt) throw new UserError("该指标已经停用。");
    await tx.indicator.update({
      where: { id: indicator.id },
      data: { retiredAt: portalNow(), retiredReason: input.reason },
    });
    await recordPlanChange(tx, {
      plan: indicator.point.plan,
      viewer,
      context,
      action: indicator.kind === "MILESTONE" ? "plan.milestone.retire" : "plan.indicator.retire",
      objectType: "Indicator",
      objectId: indicator.id,
      pointId: indicator.pointId,
      indicatorId: indicator.id,
      before: { 名称: indicator.name, 状态: "在用" },
      after: { 名称: indicator.name, 状态: "已停用" },
      reason: input.reason,
    });
  });
}
