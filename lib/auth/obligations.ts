import type { Role } from "@/lib/generated/prisma/enums";
import type { AuthSettings } from "./settings";
import type { Viewer } from "./viewer-type";

type UserFacts = {
  role: Role;
  isDemo: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  totpEnabledAt: Date | null;
};

/**
 * What an account must do before anything else, however it arrives (a session or an API token):
 * choose a new password (first sign-in, reset, expired), or enrol the second factor its role needs.
 */
export function obligationsOf(
  user: UserFacts,
  settings: AuthSettings,
  now: Date,
): Pick<Viewer, "mustChangePassword" | "mustEnrolTotp"> {
  const passwordExpired = !user.isDemo && now.getTime() - user.passwordChangedAt.getTime() > settings.passwordMaxAgeMs;
  return {
    mustChangePassword: user.mustChangePassword || passwordExpired,
    mustEnrolTotp: !user.isDemo && !user.totpEnabledAt && settings.mfaRequiredRoles.has(user.role),
  };
}
