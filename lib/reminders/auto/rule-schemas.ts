import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";

export const saveReminderRulesSchema = z.object({
  rules: z
    .array(
      z.object({
        id: idSchema("规则编号"),
        days: z
          .number({ error: "请填写天数" })
          .int("天数须为整数")
          .min(0, "天数不能为负数")
          .max(30, "天数不能超过 30 天"),
        enabled: z.boolean({ error: "请选择是否启用" }),
      }),
    )
    .min(1, "没有要保存的规则"),
});

export type SaveReminderRulesInput = z.infer<typeof saveReminderRulesSchema>;
