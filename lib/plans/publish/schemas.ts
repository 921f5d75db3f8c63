import { changeReasonSchema } from "@/lib/plans/plan-change";
import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";

const yearSchema = z.number({ error: "年度无效" }).int("年度无效").min(2000, "年度无效").max(2100, "年度无效");
const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请选择起报月份");

export const publishPlanSchema = z.object({
  year: yearSchema,
  firstPeriod: periodSchema,
  /** Why a SPLIT indicator's quotas may differ from its target; one per such indicator. */
  gapReasons: z
    .array(
      z.object({
        indicatorId: idSchema("指标编号"),
        reason: z.string().trim().max(200, "说明不能超过200个字"),
      }),
    )
    .max(2000)
    .default([]),
});
export type PublishPlanInput = z.infer<typeof publishPlanSchema>;

export const changeFirstPeriodSchema = z.object({
  year: yearSchema,
  firstPeriod: periodSchema,
  reason: changeReasonSchema,
});
export type ChangeFirstPeriodInput = z.infer<typeof changeFirstPeriodSchema>;
