import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/passwords";
import type { AuthSettings } from "@/lib/auth/settings";
import { createTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";
import { UserError } from "@/lib/errors";
import { clockTimeOf, realNow } from "@/lib/time/clock";
import type { ConfirmTotpInput, DisableTotpInput } from "./security-schemas";

/** The same rule as viewer.mustEnrolTotp: by role setting, demo accounts exempt. */
export const requiresSecondFactor = (user: { role: Role; isDemo: boolean }, settings: AuthSettings) =>
  !user.isDemo && settings.mfaRequiredRoles.has(user.role);

export type TotpEnrolment = { required: boolean } & (
  | { enabled: true; enabledAt: Date }
  | { enabled: false; secret: string; uri: string }
);

/**
 * The account's second factor. Until it is confirmed, a pending secret is kept in the user row and
 * reused on every visit, so a QR code scanned earlier stays valid. An enabled secret is never returned.
 */
export async function getTotpEnrolment(
  db: PrismaClient,
  userId: number,
  settings: AuthSettings,
): Promise<TotpEnrolment> {
  const select = { username: true, role: true, isDemo: true, totpSecret: true, totpEnabledAt: true } as const;
  let user = await db.user.findUniqueOrThrow({ where: { id: userId }, select });
  if (!user.totpSecret && !user.totpEnabledAt) {
    // Conditional, so two tabs opened at once end up with one secret.
    await db.user.updateMany({
      where: { id: userId, totpSecret: null, totpEnabledAt: null },
      data: { totpSecret: createTotpSecret() },
    });
    user = await db.user.findUniqueOrThrow({ where: { id: userId }, select });
  }
  const required = requiresSecondFactor(user, settings);
  if (user.totpEnabledAt) return { required, enabled: true, enabledAt: clockTimeOf(user.totpEnabledAt) };
  return { required, enabled: false, secret: user.totpSecret!, uri: totpUri(user.totpSecret!, user.username) };
}

/** Turns the pending secret on, once the person shows a code from it: proof the authenticator has it. */
export async function confirmTotp(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: ConfirmTotpInput,
  now = realNow(),
): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { username: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new UserError("两步验证已经开启,无需重复设置。");
  if (!user.totpSecret) throw new UserError("未找到待绑定的密钥,请刷新页面后重新扫描二维码。");
  const audit = { actor, action: "account.totp-enable", objectType: "User", objectId: actor.username, context };
  if (!verifyTotp(user.totpSecret, user.username, input.code)) {
    await recordAudit(db, { ...audit, result: "FAILURE", detail: "动态口令错误" });
    throw new UserError("动态口令不正确。请确认手机时间准确,并输入验证器当前显示的 6 位数字。");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: now },
    });
    if (count === 0) throw new UserError("两步验证的状态已变化,请刷新页面后重试。");
    await recordAudit(tx, { ...audit, result: "SUCCESS" });
  });
}

/** Needs the password and a current code, so a borrowed session alone cannot remove the second factor. */
export async function disableTotp(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: DisableTotpInput,
  settings: AuthSettings,
): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { username: true, role: true, isDemo: true, passwordHash: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret) throw new UserError("两步验证尚未开启。");
  const audit = { actor, action: "account.totp-disable", objectType: "User", objectId: actor.username, context };
  if (requiresSecondFactor(user, settings)) {
    await recordAudit(db, { ...audit, result: "DENIED", detail: "角色要求两步验证" });
    throw new UserError("您的角色按规定必须使用两步验证,不能关闭。如需更换验证器,请联系系统管理员。");
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.currentPassword);
  if (!passwordOk || !verifyTotp(user.totpSecret, user.username, input.code)) {
    await recordAudit(db, { ...audit, result: "FAILURE", detail: passwordOk ? "动态口令错误" : "密码错误" });
    throw new UserError(passwordOk ? "动态口令不正确。" : "当前密码不正确。");
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null } });
    await recordAudit(tx, { ...audit, result: "SUCCESS" });
  });
}
