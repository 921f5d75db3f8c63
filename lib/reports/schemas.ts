import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";

/** Full-width digits and separators from Chinese input methods (１２３，４５６．７) become ASCII. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[，,\s]/g, "")
    .replace(/[－—]/g, "-");
}

const MAX_VALUE = 1e12;

/** An optional non-negative number typed into a form: "" means not filled in. */
export const numberInput = z
  .union([z.number(), z.string()], {
    error: (issue) => (typeof issue.input === "number" ? "须为有限数字" : "须为数字"),
  })
  .transform((raw, context) => {
    if (typeof raw === "number") return raw;
    const text = normaliseNumberText(raw);
    if (text === "") return null;
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      context.addIssue({ code: "custom", message: `“${raw}”不是有效数字` });
      return z.NEVER;
    }
    return Number(text);
  })
  .pipe(
    z
      .number({ error: "须为数字" })
      .finite("须为有限数字")
      .min(0, "不能为负数")
      .max(MAX_VALUE, "数值过大,请核对")
      .nullable(),
  );

const text = (label: string, max: number) => z.string().max(max, `${label}不能超过${max}个字`).default("");

export const reportValueSchema = z.object({
  indicatorId: idSchema("指标编号"),
  value: numberInput.optional(),
  numerator: numberInput.optional(),
  denominator: numberInput.optional(),
  done: z.boolean().optional(),
  doneOn: z.iso.date("完成日期格式应为 2022-10-15").optional().or(z.literal("")),
  explanation: text("说明", 500),
});

export const narrativeSchema = z.object({
  progress: text("进展情况", 5000),
  problems: text("存在问题", 5000),
  nextSteps: text("下步打算", 5000),
});

export const saveReportSchema = z.object({
  pointId: idSchema("要点编号"),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 2022-10"),
  /** The version the person's form was loaded at; null for a report that does not exist yet. */
  expectedVersion: idSchema("版本号").nullable(),
  narrative: narrativeSchema,
  values: z.array(reportValueSchema).max(50, "一份报告最多 50 项指标"),
  /** 本月无新进展 and why; absent (the Excel import) keeps what the report says. */
  noProgress: z.boolean().optional(),
  noProgressReason: z.string().trim().max(1000, "原因不能超过1000字").optional(),
});

/** 提交审核 / 报送 from the form: what is on the screen is saved and sent in one transaction. */
export const submitReportSchema = saveReportSchema.extend({
  step: z.enum(["sendForSignoff", "submit"]),
});

export const reportStepSchema = z.object({
  reportId: idSchema("报告编号"),
  step: z.enum(["sendForSignoff", "sign", "sendBack", "submit", "approve", "return", "reopen"]),
  expectedVersion: idSchema("版本号"),
  reason: z.string().trim().max(1000, "原因不能超过1000字").default(""),
});

export type SaveReportInput = z.infer<typeof saveReportSchema>;
export type ReportStepInput = z.infer<typeof reportStepSchema>;
export type SubmitReportInput = z.infer<typeof submitReportSchema>;
