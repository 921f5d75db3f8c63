import { z } from "@/lib/validation/zod";
import { idTextSchema } from "@/lib/validation/id";

const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "请输入 6 位数字动态口令");

export const confirmTotpSchema = z.object({ code: totpCode });

export const disableTotpSchema = z.object({
  currentPassword: z.string().min(1, "请输入当前密码"),
  code: totpCode,
});

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "请输入令牌名称").max(40, "令牌名称不能超过 40 个字"),
});

export const revokeApiTokenSchema = z.object({ id: idTextSchema("令牌编号") });

export type ConfirmTotpInput = z.infer<typeof confirmTotpSchema>;
export type DisableTotpInput = z.infer<typeof disableTotpSchema>;
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
