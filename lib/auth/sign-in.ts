// Checking a sign-in: address limit → account lock → password → account state → second factor.
// Every outcome is audited. A wrong username and a wrong password read the same to the client.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "./passwords";
import { createSession } from "./sessions";
import type { AuthSettings } from "./settings";
import { verifyTotp } from "./totp";

export type SignInError = "INVALID" | "LOCKED" | "ADDRESS_LIMITED" | "DISABLED" | "TOTP_REQUIRED" | "TOTP_INVALID";
export type SignInResult = { ok: true; userId: number; sessionId: string } | { ok: false; error: SignInError };
export type SignInInput = { username: string; password: string; totpCode?: string; context: RequestContext };

let dummyHash: Promise<string> | undefined;

export async function signInWithPassword(
  db: PrismaClient,
  input: SignInInput,
  settings: AuthSettings,
  now = new Date(),
): Promise<SignInResult> {
  const { context } = input;
  const username = input.username.trim();
  const audit = (actor: AuditActor | null, action: string, result: "SUCCESS" | "FAILURE" | "DENIED", detail?: string) =>
    recordAudit(db, { actor, action, result, objectType: "User", objectId: username, detail, context });

  const recentFailures = await db.loginFailure.count({
    where: { clientAddress: context.clientAddress, at: { gt: new Date(now.getTime() - settings.ipWindowMs) } },
  });
  if (recentFailures >= settings.ipMaxFailures) {
    await audit(null, "auth.sign-in", "DENIED", `来源地址 ${context.clientAddress} 失败次数过多`);
    return { ok: false, error: "ADDRESS_LIMITED" };
  }

  const user = await db.user.findUnique({ where: { username }, include: { unit: { select: { code: true } } } });
  const fail = async (error: SignInError, detail: string): Promise<SignInResult> => {
    await db.loginFailure.create({ data: { clientAddress: context.clientAddress, username, at: now } });
    await audit(user ? actorOf(user) : null, "auth.sign-in", "FAILURE", detail);
    return { ok: false, error };
  };
  if (!user) {
    await verifyPassword(await (dummyHash ??= hashPassword("timing-equaliser")), input.password); // same time as a real check
    return fail("INVALID", "用户名不存在");
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    // The same hash work as any other attempt: answering faster would tell that the account exists and is locked.
    await verifyPassword(user.passwordHash, input.password);
    await audit(actorOf(user), "auth.sign-in", "DENIED", "账号已锁定");
    return { ok: false, error: "LOCKED" };
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (passwordOk && user.disabledAt) {
    await audit(actorOf(user), "auth.sign-in", "DENIED", "账号已停用");
    return { ok: false, error: "DISABLED" };
  }
  if (passwordOk && user.totpSecret && user.totpEnabledAt) {
    if (!input.totpCode) return { ok: false, error: "TOTP_REQUIRED" };
    if (!verifyTotp(user.totpSecret, user.username, input.totpCode))
      return countFailure(db, user, settings, now, fail, "TOTP_INVALID", "动态口令错误", context);
  }
  if (!passwordOk) return countFailure(db, user, settings, now, fail, "INVALID", "密码错误", context);

  await db.user.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null } });
  const sessionId = await createSession(db, user.id, context.clientAddress);
  await audit(actorOf(user), "auth.sign-in", "SUCCESS");
  return { ok: true, userId: user.id, sessionId };
}

type UserRow = { id: number; username: string; role: string; unit: { code: string } };

function actorOf(user: UserRow): AuditActor {
  return { userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code };
}

async function countFailure(
  db: PrismaClient,
  user: UserRow,
  settings: AuthSettings,
  now: Date,
  fail: (error: SignInError, detail: string) => Promise<SignInResult>,
  error: SignInError,
  detail: string,
  context: RequestContext,
): Promise<SignInResult> {
  const { failedAttempts } = await db.user.update({
    where: { id: user.id },
    data: { failedAttempts: { increment: 1 } },
    select: { failedAttempts: true },
  });
  if (failedAttempts < settings.lockoutThreshold) return fail(error, detail);
  await db.user.update({
    where: { id: user.id },
    data: { lockedUntil: new Date(now.getTime() + settings.lockoutMs), failedAttempts: 0 },
  });
  await fail(error, detail);
  await recordAudit(db, {
    actor: actorOf(user),
    action: "auth.lockout",
    result: "SUCCESS",
    objectType: "User",
    objectId: user.username,
    detail: `连续 ${failedAttempts} 次失败`,
    context,
  });
  return { ok: false, error: "LOCKED" };
}
