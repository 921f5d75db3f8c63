import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";

const versionSchema = z.number({ error: "版本无效" }).int("版本无效").min(1, "版本无效");
const reasonSchema = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(1000, `${what}不超过 1000 字`);
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期");

const ref = { id: idSchema("督查单编号"), version: versionSchema };

export const confirmNoticesSchema = z.object({
  notices: z.array(z.object(ref)).min(1, "请至少勾选一份拟发督查单").max(200, "一次最多下发 200 份"),
});

export const dismissNoticeSchema = z.object({ ...ref, reason: reasonSchema("不予下发的理由") });
export const withdrawNoticeSchema = z.object({ ...ref, reason: reasonSchema("撤回理由") });
export const returnNoticeSchema = z.object({ ...ref, reason: reasonSchema("退回理由") });
export const acceptNoticeSchema = z.object({
  ...ref,
  note: z.string().trim().max(1000, "意见不超过 1000 字").default(""),
});
export const answerNoticeSchema = z.object({ ...ref, text: reasonSchema("整改反馈") });

export const issueManualNoticeSchema = z.object({
  unitId: idSchema("责任单位"),
  pointId: idSchema("工作要点"),
  indicatorId: idSchema("指标").nullable().default(null),
  colour: z.enum(["YELLOW", "RED"], { error: "请选择颜色" }),
  facts: reasonSchema("督查事项"),
  /** Empty: the working-day rule. */
  feedbackDue: daySchema.or(z.literal("")).default(""),
});

const daysSchema = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(1, `${label}至少为 1`)
    .max(60, `${label}不超过 60`);

export const supervisionSettingsSchema = z.object({
  yellowOverdueDays: daysSchema("黄色督查单的逾期天数"),
  redOverdueDays: daysSchema("红色督查单的逾期天数"),
  feedbackWorkingDays: daysSchema("反馈期限(工作日)"),
  autoIssue: z.boolean({ error: "请选择是否自动下发" }),
});

export type ConfirmNoticesInput = z.infer<typeof confirmNoticesSchema>;
export type DismissNoticeInput = z.infer<typeof dismissNoticeSchema>;
export type AcceptNoticeInput = z.infer<typeof acceptNoticeSchema>;
export type AnswerNoticeInput = z.infer<typeof answerNoticeSchema>;
export type IssueManualNoticeInput = z.infer<typeof issueManualNoticeSchema>;
export type SupervisionSettingsInput = z.infer<typeof supervisionSettingsSchema>;
