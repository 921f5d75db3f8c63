// What the plan administration forms send. The reason is optional here: a published plan's change
// without one is refused by recordPlanChange, before anything is written.
import { changeReasonSchema } from "@/lib/plans/plan-change";
import { numberInput } from "@/lib/reports/schemas";
import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过${max}个字`);
const unitCode = z.string().regex(/^[a-z0-9-]{1,32}$/, "单位无效");
const dueDay = z.iso.date("完成时限格式应为 2022-06-30");

export const SHORT_TITLE_LENGTH = 16;

export const updatePointSchema = z.object({
  pointId: idSchema("要点编号"),
  title: text("简称", SHORT_TITLE_LENGTH),
  leadUnitCode: z.string().min(1, "请选择牵头单位").pipe(unitCode),
  supportingUnitCodes: z.array(unitCode).max(50).default([]),
  kind: z.enum(["QUANTITATIVE", "QUALITATIVE"], { error: "请选择定量或定性" }),
  reason: changeReasonSchema,
});

const requiredNumber = (label: string) =>
  numberInput.refine((value) => value !== null, `请填写${label}`).pipe(z.number().nonnegative(`${label}不能为负数`));

export const indicatorFieldsSchema = z.object({
  name: text("指标名称", 60),
  unit: text("计量单位", 12),
  target: requiredNumber("目标值").pipe(z.number().max(1e12, "目标值过大")),
  direction: z.enum(["AT_LEAST", "AT_MOST"], { error: "请选择目标方向" }),
  kind: z.enum(["SUM", "RATE", "RATIO", "MILESTONE"], { error: "请选择汇总方式" }),
  wholeNumbers: z.boolean().default(false),
  quotaMode: z.enum(["SPLIT", "SAME", "MINIMUM", "NONE"], { error: "请选择分解方式" }),
  rule: z.enum(["LINEAR", "CURVE", "LEVEL", "BY_DATE"], { error: "请选择序时进度规则" }),
  dueOn: dueDay.or(z.literal("")).default(""),
  sourceText: z.string().trim().max(200, "原文依据不能超过200个字").default(""),
  reason: changeReasonSchema,
});

export const createIndicatorSchema = indicatorFieldsSchema.extend({ pointId: idSchema("要点编号") });
export const updateIndicatorSchema = indicatorFieldsSchema.extend({ indicatorId: idSchema("指标编号") });

export const retireIndicatorSchema = z.object({
  indicatorId: idSchema("指标编号"),
  reason: z.string().trim().min(1, "请填写停用原因").max(200, "停用原因不能超过200个字"),
});

export const deleteIndicatorSchema = z.object({ indicatorId: idSchema("指标编号") });

export const addMilestoneSchema = z.object({
  pointId: idSchema("要点编号"),
  name: text("里程碑名称", 60),
  dueOn: dueDay,
  sourceText: z.string().trim().max(200, "原文依据不能超过200个字").default(""),
  reason: changeReasonSchema,
});

const optionalNumber = numberInput.pipe(z.number().nonnegative("不能为负数").max(1e12, "数值过大").nullable());

export const saveBaselinesSchema = z.object({
  indicatorId: idSchema("指标编号"),
  rows: z
    .array(
      z.object({
        unitId: idSchema("单位编号"),
        value: optionalNumber.default(null),
        numerator: optionalNumber.default(null),
        denominator: optionalNumber.default(null),
      }),
    )
    .max(100),
  reason: changeReasonSchema,
});

export const previousYearBaselinesSchema = z.object({ indicatorId: idSchema("指标编号"), reason: changeReasonSchema });

export type UpdatePointInput = z.infer<typeof updatePointSchema>;
export type IndicatorFields = z.infer<typeof indicatorFieldsSchema>;
export type CreateIndicatorInput = z.infer<typeof createIndicatorSchema>;
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorSchema>;
export type RetireIndicatorInput = z.infer<typeof retireIndicatorSchema>;
export type AddMilestoneInput = z.infer<typeof addMilestoneSchema>;
export type SaveBaselinesInput = z.infer<typeof saveBaselinesSchema>;
