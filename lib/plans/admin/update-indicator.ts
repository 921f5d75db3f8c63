// Changing an indicator's setup. What units already reported stays true: the kind (how values are
// summed) of a reported indicator cannot change, whole numbers cannot be imposed on fractions, and
// the county quotas follow the mode and the target in the same transaction.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven, recordPlanChange } from "@/lib/plans/plan-change";
import { dateColumnOfDay, dayOfDateColumn } from "@/lib/time/days";
import { syncCountyQuotas } from "./county-quotas";
import { changedWords, describeIndicator } from "./describe-setup";
import { assertNoFractions, checkIndicatorFields } from "./indicator-rules";
import {
  assertNameFree,
  countIndicatorReports,
  type IndicatorForChange,
  loadIndicatorForChange,
} from "./load-for-change";
import type { UpdateIndicatorInput } from "./schemas";

export const setupOf = (indicator: IndicatorForChange) => ({
  ...indicator,
  target: indicator.target.toNumber(),
  dueOn: indicator.dueOn ? dayOfDateColumn(indicator.dueOn) : null,
});

export async function updateIndicator(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: UpdateIndicatorInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const stored = await loadIndicatorForChange(tx, input.indicatorId);
    const plan = stored.point.plan;
    assertReasonGiven(plan, input.reason);
    if (stored.retiredAt) throw new UserError("该指标已停用,不能再修改。");
    const before = setupOf(stored);
    const fields = checkIndicatorFields(input, plan.year, stored.schedule.length === 12);
    await assertNameFree(tx, stored.pointId, fields.name, stored.id);
    if (fields.kind !== before.kind) {
      const reports = await countIndicatorReports(tx, stored.id);
      if (reports > 0)
        throw new UserError(
          `该指标已有 ${reports} 份报告,不能更改汇总方式(已报送的数值按原方式填写);如需改变,请停用该指标并新增一个。`,
          { field: "kind" },
        );
    }
    if (fields.wholeNumbers && !before.wholeNumbers) await assertNoFractions(tx, stored.id);
    const change = changedWords(describeIndicator(before), describeIndicator(fields));
    if (!change) return { changed: false };
    await tx.indicator.update({
      where: { id: stored.id },
      data: {
        ...fields,
        dueOn: fields.dueOn ? dateColumnOfDay(fields.dueOn) : null,
        // The rule decides; a schedule left behind by an earlier CURVE would only mislead.
        ...(fields.rule === "CURVE" ? {} : { schedule: [] }),
      },
    });
    if (fields.quotaMode !== before.quotaMode || fields.target !== before.target)
      await syncCountyQuotas(tx, { id: stored.id, quotaMode: fields.quotaMode, target: fields.target });
    await recordPlanChange(tx, {
      plan,
      viewer,
      context,
      action: "plan.indicator.update",
      objectType: "Indicator",
      objectId: stored.id,
      pointId: stored.pointId,
      indicatorId: stored.id,
      ...change,
      reason: input.reason,
    });
    return { changed: true };
  });
}
