// Reads for the administration pages. Explicit selects: no password hash, second-factor secret or token hash leaves here.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { can } from "@/lib/policy";
import { clockTimeOf } from "@/lib/time/clock";
import type { UserFilter } from "./schemas";

// Account bookkeeping is kept in real time (lib/time/clock.ts); pages show it on the portal's clock.
const tokenTimes = <T extends { createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }>(token: T): T => ({
  ...token,
  createdAt: clockTimeOf(token.createdAt),
  lastUsedAt: clockTimeOf(token.lastUsedAt),
  revokedAt: clockTimeOf(token.revokedAt),
});

/** Sessions are created only by a successful sign-in, so the newest one is the last sign-in. */
async function lastSignIns(userIds: number[]): Promise<Map<number, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await getPrisma().session.groupBy({
    by: ["userId"],
    where: { userId: { in: userIds } },
    _max: { createdAt: true },
  });
  return new Map(rows.flatMap((row) => (row._max.createdAt ? [[row.userId, row._max.createdAt] as const] : [])));
}

export async function listUsers(viewer: Viewer, filter: UserFilter) {
  if (!can(viewer, "account.admin")) return [];
  const users = await getPrisma().user.findMany({
    where: { role: filter.role, unit: filter.unit ? { code: filter.unit } : undefined },
    orderBy: [{ unit: { sortOrder: "asc" } }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      mustChangePassword: true,
      lockedUntil: true,
      disabledAt: true,
      unit: { select: { name: true } },
    },
  });
  const signIns = await lastSignIns(users.map((user) => user.id));
  return users.map((user) => ({
    ...user,
    lockedUntil: clockTimeOf(user.lockedUntil),
    disabledAt: clockTimeOf(user.disabledAt),
    lastSignInAt: clockTimeOf(signIns.get(user.id) ?? null),
  }));
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUserDetail(viewer: Viewer, userId: number) {
  if (!can(viewer, "account.admin")) return null;
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      lockedUntil: true,
      failedAttempts: true,
      disabledAt: true,
      totpEnabledAt: true,
      createdAt: true,
      unit: { select: { code: true, name: true } },
      apiTokens: {
        orderBy: { createdAt: "desc" },
        select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      },
      _count: { select: { sessions: { where: { endedAt: null } } } },
    },
  });
  if (!user) return null;
  return {
    ...user,
    passwordChangedAt: clockTimeOf(user.passwordChangedAt),
    lockedUntil: clockTimeOf(user.lockedUntil),
    disabledAt: clockTimeOf(user.disabledAt),
    totpEnabledAt: clockTimeOf(user.totpEnabledAt),
    createdAt: clockTimeOf(user.createdAt),
    apiTokens: user.apiTokens.map(tokenTimes),
    lastSignInAt: clockTimeOf((await lastSignIns([user.id])).get(user.id) ?? null),
  };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

export async function listUnitsForAdmin(viewer: Viewer) {
  if (!can(viewer, "unit.admin")) return [];
  return getPrisma().unit.findMany({
    orderBy: { sortOrder: "asc" },
    select: { code: true, name: true, shortName: true, kind: true, _count: { select: { users: true } } },
  });
}
