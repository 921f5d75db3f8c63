// Security settings, from the environment with the defaults a 等保 level-3 deployment starts from.
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = ["ADMIN", "AUDITOR", "LEADER", "SUPERVISOR", "DEPARTMENT", "COUNTY_REPORTER", "COUNTY_APPROVER"] as const;

const settingsSchema = z.object({
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(12),
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().positive().default(90),
  LOCKOUT_THRESHOLD: z.coerce.number().int().positive().default(5),
  LOCKOUT_MINUTES: z.coerce.number().positive().default(30),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(50),
  LOGIN_IP_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Comma-separated roles that must use a second factor, or "ALL". */
  MFA_REQUIRED_ROLES: z.string().default("ADMIN,AUDITOR,SUPERVISOR,LEADER"),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(184, "审计日志保留期不得少于184天").default(184),
});

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

export function readAuthSettings(source: NodeJS.ProcessEnv = process.env): AuthSettings {
  const env = settingsSchema.parse(source);
  const roles =
    env.MFA_REQUIRED_ROLES.trim().toUpperCase() === "ALL"
      ? ROLES
      : env.MFA_REQUIRED_ROLES.split(",")
          .map((role) => role.trim())
          .filter(Boolean);
  for (const role of roles)
    if (!(ROLES as readonly string[]).includes(role))
      throw new Error(`配置错误: MFA_REQUIRED_ROLES 中的角色 ${role} 不存在`);
  return {
    sessionIdleMs: env.SESSION_IDLE_MINUTES * MINUTE,
    sessionMaxMs: env.SESSION_MAX_HOURS * 60 * MINUTE,
    passwordMaxAgeMs: env.PASSWORD_MAX_AGE_DAYS * 24 * 60 * MINUTE,
    lockoutThreshold: env.LOCKOUT_THRESHOLD,
    lockoutMs: env.LOCKOUT_MINUTES * MINUTE,
    ipMaxFailures: env.LOGIN_IP_MAX_FAILURES,
    ipWindowMs: env.LOGIN_IP_WINDOW_MINUTES * MINUTE,
    mfaRequiredRoles: new Set(roles as Role[]),
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
  };
}
