// Moving a published plan's first month (起报月份). Earlier is always possible (units then owe the
// months before); later only while nobody has reported, since a later start would hide reports.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven, recordPlanChange } from "@/lib/plans/plan-change";
import { formatPeriod } from "@/lib/time/format";
import { periodYear } from "@/lib/time/periods";
import type { ChangeFirstPeriodInput } from "./schemas";

export async function changeFirstPeriod(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: ChangeFirstPeriodInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({
      where: { year: input.year },
      select: { id: true, year: true, status: true, firstPeriod: true },
    });
    if (!plan) throw new UserError(`没有${input.year}年的工作要点。`);
    if (plan.status !== "PUBLISHED" || !plan.firstPeriod)
      throw new UserError(`${plan.year}年工作要点尚未发布:起报月份在发布时确定。`);
    if (periodYear(input.firstPeriod) !== plan.year) throw new UserError(`起报月份须为${plan.year}年的月份。`);
    if (input.firstPeriod === plan.firstPeriod) return { changed: false };
    assertReasonGiven(plan, input.reason);
    if (input.firstPeriod > plan.firstPeriod) {
      const reports = await tx.report.count({ where: { point: { planId: plan.id } } });
      if (reports > 0)
        throw new UserError(
          `已有 ${reports} 份报告,起报月份不能推后(只能提前,早于${formatPeriod(plan.firstPeriod)})。`,
        );
    }
    await tx.plan.update({ where: { id: plan.id }, data: { firstPeriod: input.firstPeriod } });
    await recordPlanChange(tx, {
      plan,
      viewer,
      context,
      action: "plan.first-period",
      objectType: "Plan",
      objectId: plan.year,
      before: { 起报月份: plan.firstPeriod },
      after: { 起报月份: input.firstPeriod },
      reason: input.reason,
    });
    return { changed: true };
  });
}
