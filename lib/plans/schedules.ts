// An indicator's own 序时进度: the share of its annual target expected by the end of each month
// (cumulative, in percent on screen, fractions in the database). Without one, month ÷ 12. Saving it
// moves every dashboard at once (the Indicator trigger bumps the progress version at commit).
// A saved schedule is the indicator's CURVE rule; clearing it goes back to LINEAR. Like every change
// to a plan's setup it goes through recordPlanChange (a reason once the plan is published).
import "server-only";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import { assertReasonGiven, changeReasonSchema, recordPlanChange } from "@/lib/plans/plan-change";
import { numberInput } from "@/lib/reports/schemas";

const monthShare = (month: number) =>
  numberInput
    .refine((value) => value !== null, `请填写${month}月的序时进度`)
    .pipe(z.number().max(100, `${month}月的序时进度不能超过 100%`));

/** 12 cumulative percentages, never falling, reaching 100% in December; null for month ÷ 12. */
export const indicatorScheduleSchema = z.object({
  indicatorId: idSchema("指标编号"),
  months: z
    .tuple(
      [
        monthShare(1),
        monthShare(2),
        monthShare(3),
        monthShare(4),
        monthShare(5),
        monthShare(6),
        monthShare(7),
        monthShare(8),
        monthShare(9),
        monthShare(10),
        monthShare(11),
        monthShare(12),
      ],
      { error: "须填写 1–12 月共 12 个月的序时进度" },
    )
    .nullable()
    .superRefine((months, context) => {
      if (!months) return;
      const falls = months.findIndex((share, index) => index > 0 && share < months[index - 1]);
      if (falls > 0)
        context.addIssue({
          code: "custom",
          path: [falls],
          message: `${falls + 1}月的序时进度 (${months[falls]}%) 低于${falls}月 (${months[falls - 1]}%):累计进度不能回落`,
        });
      if (months[11] !== 100)
        context.addIssue({ code: "custom", path: [11], message: "12月的序时进度应为 100%(全年任务)" });
    }),
  reason: changeReasonSchema,
});

export type IndicatorScheduleInput = z.infer<typeof indicatorScheduleSchema>;

/** The percentages shown for a stored schedule (fractions), or month ÷ 12 when there is none. */
export function schedulePercentages(schedule: number[]): number[] {
  const fractions = schedule.length === 12 ? schedule : Array.from({ length: 12 }, (_, index) => (index + 1) / 12);
  return fractions.map((fraction) => Math.round(fraction * 1000) / 10);
}

export async function saveIndicatorSchedule(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: IndicatorScheduleInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({
      where: { id: input.indicatorId },
      select: {
        id: true,
        name: true,
        schedule: true,
        pointId: true,
        retiredAt: true,
        point: { select: { plan: { select: { id: true, status: true } } } },
      },
    });
    if (!indicator) throw new UserError("指标不存在。");
    if (indicator.retiredAt) throw new UserError("该指标已停用,不能再修改。");
    assertReasonGiven(indicator.point.plan, input.reason);
    const schedule = input.months ? input.months.map((share) => share / 100) : [];
    if (
      schedule.length === indicator.schedule.length &&
      schedule.every((fraction, index) => fraction === indicator.schedule[index])
    )
      return { changed: false };
    await tx.indicator.update({
      where: { id: indicator.id },
      data: { schedule, rule: schedule.length === 12 ? "CURVE" : "LINEAR" },
    });
    const describeSchedule = (fractions: number[]) =>
      fractions.length === 12 ? `${schedulePercentages(fractions).join("% / ")}%` : "按月均衡";
    await recordPlanChange(tx, {
      plan: indicator.point.plan,
      viewer,
      context,
      action: "plan.schedule",
      objectType: "Indicator",
      objectId: indicator.id,
      pointId: indicator.pointId,
      indicatorId: indicator.id,
      before: { [indicator.name]: describeSchedule(indicator.schedule) },
      after: { [indicator.name]: describeSchedule(schedule) },
      reason: input.reason,
    });
    return { changed: true };
  });
}
