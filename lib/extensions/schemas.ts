import { z } from "@/lib/validation/zod";
import { addDays, daysBetween } from "@/lib/time/days";
import { dueDayOf } from "@/lib/time/due";
import { formatDay } from "@/lib/time/format";
import { isPeriod } from "@/lib/time/periods";
import { MAX_EXTENSION_DAYS } from "./limits";
import { idTextSchema } from "@/lib/validation/id";

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const periodSchema = z.string({ error: "请选择月份" }).refine(isPeriod, "月份格式应为 2022-10");

export const requestExtensionSchema = z
  .object({
    period: periodSchema,
    requestedDue: z.string({ error: "请选择申请延至的日期" }).refine(isDay, "请选择申请延至的日期"),
    reason: z.string({ error: "请填写申请理由" }).trim().min(1, "请填写申请理由").max(500, "申请理由不能超过 500 字"),
  })
  .superRefine((input, ctx) => {
    if (!isPeriod(input.period) || !isDay(input.requestedDue)) return;
    const normal = dueDayOf(input.period);
    const days = daysBetween(normal, input.requestedDue);
    if (days <= 0)
      ctx.addIssue({
        code: "custom",
        path: ["requestedDue"],
        message: `申请延至的日期须晚于本月原定截止日期 ${formatDay(normal)}`,
      });
    else if (days > MAX_EXTENSION_DAYS)
      ctx.addIssue({
        code: "custom",
        path: ["requestedDue"],
        message: `最多可延期 ${MAX_EXTENSION_DAYS} 天(至 ${formatDay(addDays(normal, MAX_EXTENSION_DAYS))})`,
      });
  });

export type RequestExtensionInput = z.infer<typeof requestExtensionSchema>;

export const decideExtensionSchema = z
  .object({
    id: idTextSchema("申请编号"),
    grant: z.boolean({ error: "请选择批准或不批准" }),
    note: z.string().trim().max(500, "审批意见不能超过 500 字").default(""),
  })
  .refine((input) => input.grant || input.note !== "", { path: ["note"], message: "不批准时须填写理由" });

export type DecideExtensionInput = z.infer<typeof decideExtensionSchema>;
