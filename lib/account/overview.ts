import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthSettings } from "@/lib/auth/settings";
import { clockTimeOf } from "@/lib/time/clock";
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
    // Kept in real time, shown on the portal's clock (lib/time/clock.ts), like the page's "now".
    passwordChangedAt: clockTimeOf(user.passwordChangedAt),
    // Demo accounts are exempt from expiry, as in loadViewer.
    passwordExpiresAt: user.isDemo
      ? null
      : clockTimeOf(new Date(user.passwordChangedAt.getTime() + settings.passwordMaxAgeMs)),
    totpEnabledAt: clockTimeOf(user.totpEnabledAt),
    totpRequired: requiresSecondFactor(user, settings),
    activeTokens: user._count.apiTokens,
  };
}
