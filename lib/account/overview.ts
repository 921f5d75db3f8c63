import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthSettings } from "@/lib/auth/settings";
import { requiresSecondFactor } from "./totp";

/** What /account shows about the person's own account. */
export async function getAccountOverview(db: PrismaClient, userId: number, settings: AuthSettings) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      username: true,
      displayName: true,
      role: true,
      isDemo: true,
      passwordChangedAt: true,
      totpEnabledAt: true,
      unit: { select: { name: true } },
      _count: { select: { apiTokens: { where: { revokedAt: null } } } },
    },
  });
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitName: user.unit.name,
    isDemo: user.isDemo,
    passwordChangedAt: user.passwordChangedAt,
    // Demo accounts are exempt from expiry, as in loadViewer.
    passwordExpiresAt: user.isDemo ? null : new Date(user.passwordChangedAt.getTime() + settings.passwordMaxAgeMs),
    totpEnabledAt: user.totpEnabledAt,
    totpRequired: requiresSecondFactor(user, settings),
    activeTokens: user._count.apiTokens,
  };
}
