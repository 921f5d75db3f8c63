import { z } from "zod";
import { periodSchema } from "@/lib/extensions/schemas";

export const sendRemindersSchema = z.object({
  period: periodSchema,
  unitIds: z.union(
    [
      z.literal("all-overdue"),
      z.array(z.number().int().positive(), { error: "请选择要催办的单位" }).min(1, "请选择要催办的单位"),
    ],
    { error: "请选择要催办的单位" },
  ),
});

export type SendRemindersInput = z.infer<typeof sendRemindersSchema>;
