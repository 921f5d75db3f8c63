// Deleting is for mistakes made while setting a draft up: an indicator nobody has reported on.
// Anything reported, or anything in a published plan, is retired instead, so no record is lost.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { recordPlanChange } from "@/lib/plans/plan-change";
import { describeIndicator } from "./describe-setup";
import { countIndicatorReports, loadIndicatorForChange } from "./load-for-change";
import { setupOf } from "./update-indicator";

export async function deleteIndicator(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: { indicatorId: number },
): Promise<{ pointNo: number }> {
  return db.$transaction(async (tx) => {
    const indicator = await loadIndicatorForChange(tx, input.indicatorId);
    const plan = indicator.point.plan;
    if (plan.status !== "DRAFT") throw new UserError("工作要点已发布,指标不能删除;如不再考核,请停用并说明原因。");
    const reports = await countIndicatorReports(tx, indicator.id);
    if (reports > 0) throw new UserError(`该指标已有 ${reports} 份报告,不能删除;如不再考核,请停用并说明原因。`);
    await tx.indicator.delete({ where: { id: indicator.id } });
    await recordPlanChange(tx, {
      plan,
      viewer,
      context,
      action: "plan.indicator.delete",
      objectType: "Indicator",
      objectId: indicator.id,
      pointId: indicator.pointId,
      before: describeIndicator(setupOf(indicator)),
      after: null,
      reason: "",
    });
    return { pointNo: indicator.point.no };
  });
}
