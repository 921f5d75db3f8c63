// Who may do what, as one table. Every page's data, server action and API route asks here.
// "all": any unit's resources; "own": only resources of the viewer's own unit. A role missing
// from an action's row may not do it at all.
import type { Role } from "@/lib/generated/prisma/enums";

export type Scope = "all" | "own";

export const POLICY = {
  "plan.read": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all", COUNTY_REPORTER: "all", COUNTY_APPROVER: "all" },
  "plan.import": { SUPERVISOR: "all" },
  "unitTasks.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "dashboard.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "report.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "report.act": { SUPERVISOR: "all", DEPARTMENT: "all", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "user.manage": { ADMIN: "all" },
  "unit.manage": { ADMIN: "all" },
  "audit.read": { AUDITOR: "all" },
  "audit.export": { AUDITOR: "all" },
  "account.manageOwn": {
    ADMIN: "own",
    AUDITOR: "own",
    LEADER: "own",
    SUPERVISOR: "own",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export type PolicySubject = { role: Role; unitId: number };

export function scopeOf(viewer: PolicySubject, action: Action): Scope | null {
  return (POLICY[action] as Partial<Record<Role, Scope>>)[viewer.role] ?? null;
}

/** May the viewer do this action, on a resource of this unit (omit for actions on no unit)? */
export function can(viewer: PolicySubject, action: Action, resourceUnitId?: number): boolean {
  const scope = scopeOf(viewer, action);
  if (scope === null) return false;
  return scope === "all" || resourceUnitId === undefined || resourceUnitId === viewer.unitId;
}

/** The `where` fragment that limits a query to what the viewer may see; null when nothing. */
export function unitFilter(viewer: PolicySubject, action: Action): { unitId?: number } | null {
  const scope = scopeOf(viewer, action);
  if (scope === null) return null;
  return scope === "all" ? {} : { unitId: viewer.unitId };
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "系统管理员",
  AUDITOR: "审计员",
  LEADER: "局领导",
  SUPERVISOR: "督查",
  DEPARTMENT: "科室",
  COUNTY_REPORTER: "县区填报员",
  COUNTY_APPROVER: "县区审核",
};
