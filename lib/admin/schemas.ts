import { z } from "@/lib/validation/zod";
import { idTextSchema } from "@/lib/validation/id";
import { Role } from "@/lib/generated/prisma/enums";

const id = (label: string) => idTextSchema(`${label}编号`);
const unitCode = z.string({ error: "请选择单位" }).trim().min(1, "请选择单位");
const displayName = z.string({ error: "请输入姓名" }).trim().min(1, "请输入姓名").max(40, "姓名不能超过 40 个字");
const role = z.enum(Role, { error: "请选择角色" });

export const usernameSchema = z
  .string({ error: "请输入用户名" })
  .trim()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名不能超过 32 个字符")
  .regex(/^[a-z0-9._-]+$/, "用户名只能使用小写字母、数字和 - _ .");

export const createUserSchema = z.object({ username: usernameSchema, displayName, role, unitCode });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ userId: id("用户"), displayName, role, unitCode });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userIdSchema = z.object({ userId: id("用户") });
export type UserIdInput = z.infer<typeof userIdSchema>;

export const revokeApiTokenSchema = z.object({ userId: id("用户"), tokenId: id("令牌") });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

const unitName = z
  .string({ error: "请输入单位名称" })
  .trim()
  .min(2, "单位名称至少 2 个字")
  .max(50, "单位名称不能超过 50 个字");
const unitShortName = z.string({ error: "请输入简称" }).trim().min(1, "请输入简称").max(20, "简称不能超过 20 个字");

export const createUnitSchema = z.object({
  code: z
    .string({ error: "请输入单位代码" })
    .trim()
    .regex(/^[a-z0-9-]{2,20}$/, "单位代码为 2–20 位小写字母、数字或 -"),
  name: unitName,
  shortName: unitShortName,
  kind: z.enum(["DEPARTMENT", "COUNTY"], { error: "请选择单位类别" }),
});
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  code: z.string().trim().min(1, "单位无效"),
  name: unitName,
  shortName: unitShortName,
});
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

/** The user list's filters, from the URL: anything unrecognised means "no filter", never an error page. */
export const userFilterSchema = z.object({
  unit: z
    .string()
    .regex(/^[a-z0-9-]{1,20}$/)
    .optional()
    .catch(undefined),
  role: z.enum(Role).optional().catch(undefined),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
