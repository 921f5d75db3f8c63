// Security settings (declared and validated in lib/env.ts, with the defaults a 等保 level-3
// deployment starts from), in the units the sign-in and session checks use.
import type { Role } from "@/lib/generated/prisma/enums";
import { type PortalEnv, portalEnv, readEnv } from "@/lib/env";

export type AuthSettings = {
  sessionIdleMs: number;
  sessionMaxMs: number;
  passwordMaxAgeMs: number;
  lockoutThreshold: number;
  lockoutMs: number;
  ipMaxFailures: number;
  ipWindowMs: number;
  mfaRequiredRoles: ReadonlySet<Role>;
  auditRetentionDays: number;
};

const MINUTE = 60_000;

function settingsOf(env: PortalEnv): AuthSettings {
  return {
    sessionIdleMs: env.SESSION_IDLE_MINUTES * MINUTE,
    sessionMaxMs: env.SESSION_MAX_HOURS * 60 * MINUTE,
    passwordMaxAgeMs: env.PASSWORD_MAX_AGE_DAYS * 24 * 60 * MINUTE,
    lockoutThreshold: env.LOCKOUT_THRESHOLD,
    lockoutMs: env.LOCKOUT_MINUTES * MINUTE,
    ipMaxFailures: env.LOGIN_IP_MAX_FAILURES,
    ipWindowMs: env.LOGIN_IP_WINDOW_MINUTES * MINUTE,
    mfaRequiredRoles: new Set(env.MFA_REQUIRED_ROLES),
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
  };
}

let memo: { env: PortalEnv; settings: AuthSettings } | undefined;

/** The portal's settings; tests pass their own variables. Asked on every request, so kept while the configuration is. */
export function readAuthSettings(source?: Record<string, string | undefined>): AuthSettings {
  if (source) return settingsOf(readEnv(source));
  const env = portalEnv();
  if (memo?.env !== env) memo = { env, settings: settingsOf(env) };
  return memo.settings;
}
