import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashApiToken } from "@/lib/auth/api-token-hash";
import { hashPassword } from "@/lib/auth/passwords";
import { COUNTIES, DEPARTMENTS } from "@/lib/org/units";

export const DEMO_PASSWORD = "Putian@2022";
/** Read-only API token of the demo `leader` account, listed in README. */
export const DEMO_LEADER_TOKEN = "ptk_demo_leader_readonly_2022";

type DemoAccount = { username: string; displayName: string; role: Role; unitCode: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", displayName: "系统管理员", role: "ADMIN", unitCode: "city" },
  { username: "auditor", displayName: "审计员", role: "AUDITOR", unitCode: "city" },
  { username: "leader", displayName: "局领导", role: "LEADER", unitCode: "city" },
  { username: "supervisor", displayName: "督查专员", role: "SUPERVISOR", unitCode: "office" },
  ...DEPARTMENTS.map((unit) => ({
    username: `dept-${unit.code}`,
    displayName: `${unit.shortName}经办人`,
    role: "DEPARTMENT" as const,
    unitCode: unit.code,
  })),
  ...COUNTIES.flatMap((unit) => [
    {
      username: `${unit.code}-reporter`,
      displayName: `${unit.shortName}填报员`,
      role: "COUNTY_REPORTER" as const,
      unitCode: unit.code,
    },
    {
      username: `${unit.code}-approver`,
      displayName: `${unit.shortName}审核人`,
      role: "COUNTY_APPROVER" as const,
      unitCode: unit.code,
    },
  ]),
];

/** Demo mode only. Accounts that exist already are left as they are. */
export async function seedDemoAccounts(db: PrismaClient): Promise<void> {
  const existing = new Set((await db.user.findMany({ select: { username: true } })).map((user) => user.username));
  const units = new Map(
    (await db.unit.findMany({ select: { id: true, code: true } })).map((unit) => [unit.code, unit.id]),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.username));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of missing) {
    const user = await db.user.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: units.get(account.unitCode)!,
        passwordHash,
        mustChangePassword: false,
        isDemo: true,
      },
    });
    if (account.username === "leader") {
      await db.apiToken.create({
        data: {
          userId: user.id,
          name: "演示令牌",
          tokenHash: hashApiToken(DEMO_LEADER_TOKEN),
          prefix: DEMO_LEADER_TOKEN.slice(0, 12),
        },
      });
    }
  }
}
