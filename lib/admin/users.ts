// Account administration. Each change and its audit row commit together, or neither does.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { endUserSessions } from "@/lib/auth/sessions";
import { UserError } from "@/lib/errors";
import { realNow } from "@/lib/time/clock";
import { roleUnitMisfit } from "./role-unit-fit";
import type { CreateUserInput, RevokeApiTokenInput, UpdateUserInput, UserIdInput } from "./schemas";
import { generateTemporaryPassword } from "./temporary-password";
import { isUniqueViolation } from "./unique-violation";
import { lockUser, USER_SNAPSHOT_SELECT, userSnapshot, type UserSnapshotRow } from "./user-snapshot";

type Tx = Prisma.TransactionClient;
type Audit = { actor: AuditActor; context: RequestContext };

async function findFittingUnit(tx: Tx, role: Role, unitCode: string) {
  const unit = await tx.unit.findUnique({
    where: { code: unitCode },
    select: { id: true, code: true, name: true, kind: true },
  });
  if (!unit) throw new UserError("所选单位不存在。");
  const misfit = roleUnitMisfit(role, unit);
  if (misfit) throw new UserError(misfit);
  return unit;
}

function auditUser(
  tx: Tx,
  { actor, context }: Audit,
  action: string,
  before: UserSnapshotRow | null,
  after: UserSnapshotRow,
  detail?: string,
) {
  return recordAudit(tx, {
    actor,
    context,
    action,
    result: "SUCCESS",
    objectType: "User",
    objectId: after.username,
    before: before ? userSnapshot(before) : undefined,
    after: userSnapshot(after),
    detail,
  });
}

const duplicateUsername = (username: string) => new UserError(`用户名「${username}」已被使用,请换一个。`);

/** Creates an account with a random temporary password, returned once; the first sign-in must change it. */
export async function createUser(db: PrismaClient, actor: AuditActor, context: RequestContext, input: CreateUserInput) {
  const temporaryPassword = generateTemporaryPassword(input.username);
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
        throw duplicateUsername(input.username);
      const unit = await findFittingUnit(tx, input.role, input.unitCode);
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId: unit.id,
          passwordHash,
          mustChangePassword: true,
        },
        select: USER_SNAPSHOT_SELECT,
      });
      await auditUser(tx, { actor, context }, "user.create", null, user);
      return { userId: user.id, username: user.username, temporaryPassword };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUsername(input.username);
    throw error;
  }
}

/** Changes name, role and unit. An administrator cannot change their own role: another one must. */
export async function updateUser(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: UpdateUserInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await lockUser(tx, input.userId);
    if (input.userId === actor.userId && input.role !== before.role)
      throw new UserError("不能修改自己账号的角色,请由另一位系统管理员操作。");
    const unit = await findFittingUnit(tx, input.role, input.unitCode);
    if (before.displayName === input.displayName && before.role === input.role && before.unit.code === unit.code)
      return { changed: false };
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { displayName: input.displayName, role: input.role, unitId: unit.id },
      select: USER_SNAPSHOT_SELECT,
    });
    await auditUser(tx, { actor, context }, "user.update", before, after);
    return { changed: true };
  });
}

/** Disables the account and ends all of its sessions at once; its API tokens stop working while it is disabled. */
export async function disableUser(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  { userId }: UserIdInput,
): Promise<void> {
  if (userId === actor.userId) throw new UserError("不能停用自己的账号。");
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (before.disabledAt) throw new UserError("该账号已是停用状态。");
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: realNow() },
      select: USER_SNAPSHOT_SELECT,
    });
    await endUserSessions(tx, userId, "account-disabled");
    await auditUser(tx, { actor, context }, "user.disable", before, after, "已结束该账号的全部会话");
  });
}

export async function enableUser(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  { userId }: UserIdInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before.disabledAt) throw new UserError("该账号未停用。");
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: null },
      select: USER_SNAPSHOT_SELECT,
    });
    await auditUser(tx, { actor, context }, "user.enable", before, after);
  });
}

/** Lifts a lockout after too many failed sign-ins. */
export async function unlockUser(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  { userId }: UserIdInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before.lockedUntil && before.failedAttempts === 0) throw new UserError("该账号未被锁定,无需解锁。");
    const after = await tx.user.update({
      where: { id: userId },
      data: { lockedUntil: null, failedAttempts: 0 },
      select: USER_SNAPSHOT_SELECT,
    });
    await auditUser(tx, { actor, context }, "user.unlock", before, after);
  });
}

/**
 * Sets a new temporary password (returned once), requires a change at the next sign-in and ends
 * the account's sessions. An administrator changes their own password on the account page instead,
 * where the current password is asked for.
 */
export async function resetUserPassword(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  { userId }: UserIdInput,
) {
  if (userId === actor.userId) throw new UserError("不能在此重置自己的密码,请在“我的账号”中修改密码。");
  const target = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  if (!target) throw new UserError("该用户不存在。");
  const temporaryPassword = generateTemporaryPassword(target.username);
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: realNow() },
      select: USER_SNAPSHOT_SELECT,
    });
    await endUserSessions(tx, userId, "password-reset");
    await auditUser(tx, { actor, context }, "user.password-reset", before, after, "已结束该账号的全部会话");
  });
  return { username: target.username, temporaryPassword };
}

/** Revokes one API token of the user; the token is looked up with its owner in the `where`. */
export async function revokeUserApiToken(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  { userId, tokenId }: RevokeApiTokenInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const select = {
      id: true,
      name: true,
      prefix: true,
      revokedAt: true,
      user: { select: { username: true } },
    } as const;
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select });
    if (!token) throw new UserError("该令牌不存在。");
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId, revokedAt: null },
      data: { revokedAt: realNow() },
    });
    if (revoked.count === 0) throw new UserError("该令牌已撤销。");
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select });
    const json = (row: typeof token) => ({
      owner: row.user.username,
      name: row.name,
      prefix: row.prefix,
      revokedAt: row.revokedAt?.toISOString() ?? null,
    });
    await recordAudit(tx, {
      actor,
      context,
      action: "user.api-token-revoke",
      result: "SUCCESS",
      objectType: "ApiToken",
      objectId: tokenId,
      before: json(token),
      after: json(after),
    });
  });
}
