import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";

/** What an audit row may say about an account: never the password hash or the second-factor secret. */
export const USER_SNAPSHOT_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  mustChangePassword: true,
  passwordChangedAt: true,
  failedAttempts: true,
  lockedUntil: true,
  disabledAt: true,
  unit: { select: { code: true } },
} as const satisfies Prisma.UserSelect;

export type UserSnapshotRow = Prisma.UserGetPayload<{ select: typeof USER_SNAPSHOT_SELECT }>;

export function userSnapshot(user: UserSnapshotRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode: user.unit.code,
    mustChangePassword: user.mustChangePassword,
    passwordChangedAt: user.passwordChangedAt.toISOString(),
    failedAttempts: user.failedAttempts,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

/**
 * Loads the account with its row locked until the transaction ends, so two administrators changing
 * it at once each record the true "before".
 */
export async function lockUser(tx: Prisma.TransactionClient, userId: number): Promise<UserSnapshotRow> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: USER_SNAPSHOT_SELECT });
  if (!user) throw new UserError("该用户不存在。");
  return user;
}
