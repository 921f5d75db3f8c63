// A new indicator on a point (an added target, or one the import missed): its quotas follow its
// mode at once, and a published plan records it in the point's history with the reason.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertReasonGiven, recordPlanChange } from "@/lib/plans/plan-change";
import { dateColumnOfDay } from "@/lib/time/days";
import { syncCountyQuotas } from "./county-quotas";
import { describeIndicator } from "./describe-setup";
import { checkIndicatorFields } from "./indicator-rules";
import { assertNameFree, loadPointForChange } from "./load-for-change";
import type { CreateIndicatorInput } from "./schemas";

export async function createIndicator(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: CreateIndicatorInput,
): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const point = await loadPointForChange(tx, input.pointId);
    assertReasonGiven(point.plan, input.reason);
    const fields = checkIndicatorFields(input, point.plan.year, false);
    await assertNameFree(tx, point.id, fields.name);
    const last = await tx.indicator.aggregate({ where: { pointId: point.id }, _max: { sortOrder: true } });
    const indicator = await tx.indicator.create({
      data: {
        pointId: point.id,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        ...fields,
        dueOn: fields.dueOn ? dateColumnOfDay(fields.dueOn) : null,
      },
      select: { id: true },
    });
    await syncCountyQuotas(tx, { id: indicator.id, quotaMode: fields.quotaMode, target: fields.target });
    await recordPlanChange(tx, {
      plan: point.plan,
      viewer,
      context,
      action: fields.kind === "MILESTONE" ? "plan.milestone.create" : "plan.indicator.create",
      objectType: "Indicator",
      objectId: indicator.id,
      pointId: point.id,
      indicatorId: indicator.id,
      before: null,
      after: describeIndicator(fields),
      reason: input.reason,
    });
    return indicator;
  });
}
