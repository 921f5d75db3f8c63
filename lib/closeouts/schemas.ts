import { idSchema, idTextSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";
import { CLOSEOUT_STEPS, STEP_NAMES } from "./steps";

export const applyCloseoutSchema = z.object({
  pointId: idTextSchema("要点编号"),
  /** Absent or null: the whole point. */
  indicatorId: idTextSchema("指标编号").nullish(),
  summary: z
    .string({ error: "请填写办结情况说明" })
    .trim()
    .min(1, "请填写办结情况说明")
    .max(2000, "办结情况说明不能超过 2000 字"),
});

export type ApplyCloseoutInput = z.infer<typeof applyCloseoutSchema>;

export const closeoutStepSchema = z
  .object({
    id: idSchema("申请编号"),
    version: z.number({ error: "版本无效" }).int("版本无效").min(1, "版本无效"),
    step: z.enum(STEP_NAMES, { error: "操作无效" }),
    reason: z.string().trim().max(500, "理由不能超过 500 字").default(""),
  })
  .refine((input) => !CLOSEOUT_STEPS[input.step].reason || input.reason !== "", {
    path: ["reason"],
    message: "请填写理由",
  });

export type CloseoutStepInput = z.infer<typeof closeoutStepSchema>;
