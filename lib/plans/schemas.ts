import { z } from "@/lib/validation/zod";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过${max}个字`);

export const indicatorSchema = z
  .object({
    name: text("指标名称", 60),
    unit: text("计量单位", 12),
    target: z.number({ error: "目标值须为数字" }).nonnegative("目标值不能为负数").max(1e12, "目标值过大"),
    direction: z.enum(["AT_LEAST", "AT_MOST"], { error: "请选择目标方向" }),
    kind: z.enum(["SUM", "RATE", "RATIO", "MILESTONE"], { error: "请选择汇总方式" }),
    sourceText: text("原文依据", 200),
    wholeNumbers: z.boolean().default(false),
    quotaMode: z.enum(["SPLIT", "SAME", "MINIMUM", "NONE"], { error: "请选择分解方式" }).default("NONE"),
    rule: z.enum(["LINEAR", "CURVE", "LEVEL", "BY_DATE"], { error: "请选择序时进度规则" }).default("LINEAR"),
    dueOn: z.iso.date("完成时限格式应为 2022-06-30").nullable().default(null),
    quotas: z
      .array(z.object({ unitCode: z.string(), target: z.number().finite().nonnegative(), isDemo: z.boolean() }))
      .default([]),
    baselines: z
      .array(
        z.object({
          unitCode: z.string(),
          value: z.number().finite().nullable(),
          numerator: z.number().finite().nullable(),
          denominator: z.number().finite().nullable(),
        }),
      )
      .default([]),
  })
  // A due date only means something to 限期完成; one left from switching the rule is dropped.
  .transform((indicator) => (indicator.rule === "BY_DATE" ? indicator : { ...indicator, dueOn: null }));

export const pointSchema = z.object({
  no: z.number().int().min(1).max(999),
  title: text("要点标题", 40),
  text: text("要点原文", 5000),
  leadUnitCode: z.string().min(1, "请选择牵头单位"),
  supportingUnitCodes: z.array(z.string()).default([]),
  kind: z.enum(["QUANTITATIVE", "QUALITATIVE"], { error: "请选择定量或定性" }).default("QUANTITATIVE"),
  indicators: z.array(indicatorSchema).max(30),
});

export const planDataSchema = z.object({
  year: z
    .number({ error: "年度须为数字" })
    .int()
    .min(2000, "年度须在2000至2100之间")
    .max(2100, "年度须在2000至2100之间"),
  title: text("文件标题", 100),
  docNumber: text("文号", 40),
  issuer: text("发文单位", 60),
  issuedAt: z.iso.date("印发日期格式应为 2022-02-15"),
  sections: z
    .array(
      z.object({
        no: z.number().int().min(1).max(99),
        title: text("部分标题", 100),
        points: z.array(pointSchema).min(1),
      }),
    )
    .min(1, "至少需要一个部分"),
});

export const planImportSchema = z.object({
  plan: planDataSchema,
  sourceText: z.string().min(1, "缺少原文").max(500_000, "文件过大"),
});

export const planDocumentSchema = z.object({
  sourceText: z.string().trim().min(20, "请粘贴或上传工作要点全文").max(500_000, "文件过大(不超过50万字)"),
});
