import "server-only";
import { AccessDenied } from "@/lib/auth/denied";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import type { AuthSettings } from "@/lib/auth/settings";
import { UserError } from "@/lib/errors";
import { hashApiToken } from "@/lib/auth/api-token-hash";
import { clockTimeOf, realNow } from "@/lib/time/clock";
import type { CreateApiTokenInput, RevokeApiTokenInput } from "./security-schemas";
import { requiresSecondFactor } from "./totp";

export const MAX_ACTIVE_TOKENS = 10;

export const generateApiToken = () => `ptk_${randomBytes(32).toString("base64url")}`;

/** The person's own tokens, active first. Never the hash. Times on the portal's clock (kept in real time). */
export async function listApiTokens(db: PrismaClient, userId: number) {
  const tokens = await db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return tokens.map((token) => ({
    ...token,
    createdAt: clockTimeOf(token.createdAt),
    lastUsedAt: clockTimeOf(token.lastUsedAt),
    revokedAt: clockTimeOf(token.revokedAt),
  }));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

export const countActiveApiTokens = (db: PrismaClient, userId: number) =>
  db.apiToken.count({ where: { userId, revokedAt: null } });

/** Returns the token itself: the only time it exists outside the caller's hands. Only its hash is stored. */
export async function createApiToken(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: CreateApiTokenInput,
  settings: AuthSettings,
  now = realNow(),
) {
  return db.$transaction(async (tx) => {
    // Locks the user row, so two requests at once cannot both take the last free place.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.userId} FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { role: true, isDemo: true, mustChangePassword: true, passwordChangedAt: true, totpEnabledAt: true },
    });
    // A token outlives the session: it is not handed out before the account meets its own sign-in rules.
    const passwordExpired =
      !user.isDemo && now.getTime() - user.passwordChangedAt.getTime() > settings.passwordMaxAgeMs;
    if (user.mustChangePassword || passwordExpired) throw new UserError("请先修改密码,再创建 API 令牌。");
    if (requiresSecondFactor(user, settings) && !user.totpEnabledAt)
      throw new UserError("您的角色要求两步验证,请先开启两步验证,再创建 API 令牌。");
    const active = await tx.apiToken.count({ where: { userId: actor.userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS)
      throw new UserError(`每个账号最多保留 ${MAX_ACTIVE_TOKENS} 个有效令牌,请先撤销不再使用的令牌。`);
    const token = generateApiToken();
    const created = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        name: input.name,
        tokenHash: hashApiToken(token),
        prefix: token.slice(0, 12),
        createdAt: now,
      },
      select: { id: true, name: true, prefix: true },
    });
    await recordAudit(tx, {
      actor,
      action: "account.token-create",
      result: "SUCCESS",
      objectType: "ApiToken",
      objectId: created.id,
      after: { name: created.name },
      context,
    });
    return { ...created, token };
  });
}

/** Only the person's own token: another user's id reads as "not found". */
export async function revokeApiToken(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: RevokeApiTokenInput,
  now = realNow(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: input.id, userId: actor.userId },
      select: { name: true, revokedAt: true },
    });
    if (!token) {
      // Another person's token: a refusal, audited by the door; the answer is the same as for none.
      if (await tx.apiToken.count({ where: { id: input.id } }))
        throw new AccessDenied("account.own", { type: "ApiToken", id: input.id }, "令牌不存在。");
      throw new UserError("令牌不存在。");
    }
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.id, userId: actor.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new UserError("该令牌已撤销。");
    await recordAudit(tx, {
      actor,
      action: "account.token-revoke",
      result: "SUCCESS",
      objectType: "ApiToken",
      objectId: input.id,
      before: { name: token.name },
      context,
    });
  });
}
