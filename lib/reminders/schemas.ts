import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";
import { periodSchema } from "@/lib/extensions/schemas";

export const sendRemindersSchema = z.object({
  period: periodSchema,
  unitIds: z.union(
    [
      z.literal("all-overdue"),
      z.array(idSchema("单位编号"), { error: "请选择要催办的单位" }).min(1, "请选择要催办的单位"),
    ],
    { error: "请选择要催办的单位" },
  ),
  // The second, explicit yes to reminding a unit that was already reminded about the month today.
  confirmRepeat: z.boolean().optional(),
});

export type SendRemindersInput = z.infer<typeof sendRemindersSchema>;
