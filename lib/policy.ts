// Who may do what, as one table of named rights. Every door (page, server action, API route,
// upload, the front door) asks lib/auth/guard.ts, which asks here; so does every query that
// scopes by unit. "all": any unit's resources; "own": only resources of the viewer's own unit.
// A role missing from a right's row does not hold it. A new feature adds its rights here.
import type { Role } from "@/lib/generated/prisma/enums";

export type Scope = "all" | "own";

const EVERY_ROLE_OWN = {
  ADMIN: "own",
  AUDITOR: "own",
  LEADER: "own",
  SUPERVISOR: "own",
  DEPARTMENT: "own",
  COUNTY_REPORTER: "own",
  COUNTY_APPROVER: "own",
} as const;

const BUREAU_ALL_COUNTY_OWN = {
  LEADER: "all",
  SUPERVISOR: "all",
  DEPARTMENT: "all",
  COUNTY_REPORTER: "own",
  COUNTY_APPROVER: "own",
} as const;

const BUSINESS_ROLES_ALL = {
  LEADER: "all",
  SUPERVISOR: "all",
  DEPARTMENT: "all",
  COUNTY_REPORTER: "all",
  COUNTY_APPROVER: "all",
} as const;

const REPORTING_UNITS_OWN = { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" } as const;

export const POLICY = {
  // The plan itself is read by every business role: counties see the whole document and targets.
  "plan.read": BUSINESS_ROLES_ALL,
  "plan.import": { SUPERVISOR: "all" },
  "plan.manage": { SUPERVISOR: "all" },
  "plan.publish": { SUPERVISOR: "all" },
  "unitTasks.read": BUREAU_ALL_COUNTY_OWN,
  // Figures are shared across the city bureau (every department sees the city's standing);
  // a county sees only its own dashboard and, of the others, the aggregates shown there.
  "dashboard.readAll": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all" },
  "dashboard.readCounty": BUREAU_ALL_COUNTY_OWN,
  "dashboard.readDepartment": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all" },
  // A review queue belongs to the department (or county head) that works it; the office and
  // the leadership supervise all of them. Another department's pending queue is not shared.
  "review.readQueue": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "own", COUNTY_APPROVER: "own" },
  // Beyond its own unit, a department reads only reports on the points it leads (lib/reports/scope.ts).
  "report.read": BUREAU_ALL_COUNTY_OWN,
  "report.duties": REPORTING_UNITS_OWN,
  "report.file": { DEPARTMENT: "own", COUNTY_REPORTER: "own" },
  "report.signoff": { COUNTY_APPROVER: "own" },
  // County reports, by the department that leads the point (a data rule in lib/reports/workflow.ts).
  "report.approve": { DEPARTMENT: "all" },
  "report.approveDepartmentReport": { SUPERVISOR: "all" },
  "extension.read": { ...REPORTING_UNITS_OWN, SUPERVISOR: "all" },
  "extension.request": REPORTING_UNITS_OWN,
  "extension.decide": { SUPERVISOR: "all" },
  "reminder.send": { SUPERVISOR: "all" },
  "reminder.rules": { SUPERVISOR: "all" },
  // 督查单: a unit reads and answers its own; a department also reads those on the points it leads
  // (a data rule in lib/supervision); the office issues, decides and keeps the ladder's settings.
  "notice.read": { LEADER: "all", SUPERVISOR: "all", ...REPORTING_UNITS_OWN },
  "notice.feedback": REPORTING_UNITS_OWN,
  "notice.issue": { SUPERVISOR: "all" },
  "notice.decide": { SUPERVISOR: "all" },
  "notice.settings": { SUPERVISOR: "all" },
  // An issued 通报 is read by every unit; the office drafts and issues it.
  "bulletin.read": BUSINESS_ROLES_ALL,
  "bulletin.manage": { SUPERVISOR: "all" },
  // 办结销号: a responsible unit applies for its part; the point's lead department verifies (a data
  // rule in lib/closeouts); the office closes (销号) and reopens.
  "closeout.read": BUREAU_ALL_COUNTY_OWN,
  "closeout.apply": REPORTING_UNITS_OWN,
  "closeout.verify": { DEPARTMENT: "all" },
  "closeout.close": { SUPERVISOR: "all" },
  "account.admin": { ADMIN: "all" },
  "unit.admin": { ADMIN: "all" },
  "backup.read": { ADMIN: "all" },
  "audit.read": { AUDITOR: "all" },
  "audit.export": { AUDITOR: "all" },
  "account.own": EVERY_ROLE_OWN,
  "account.password": EVERY_ROLE_OWN,
  "account.totpEnrol": EVERY_ROLE_OWN,
  "session.read": EVERY_ROLE_OWN,
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Right = keyof typeof POLICY;
export const RIGHTS = Object.keys(POLICY) as Right[];

/**
 * The rights an account with a pending obligation (a password to change, a second factor to
 * enrol) still holds: fulfilling the obligation, and reading who it is. Signing out needs no right.
 */
export const OBLIGATION_RIGHTS: readonly Right[] = ["account.password", "account.totpEnrol", "session.read"];

export const RIGHT_LABELS: Record<Right, string> = {
  "plan.read": "查看工作要点",
  "plan.import": "导入工作要点",
  "plan.manage": "管理工作要点(要点、指标、分解、里程碑、年初值、权重、序时进度)",
  "plan.publish": "发布工作要点",
  "unitTasks.read": "查看单位任务",
  "dashboard.readAll": "查看全市督办看板",
  "dashboard.readCounty": "查看县区看板",
  "dashboard.readDepartment": "查看科室看板",
  "review.readQueue": "查看待审核队列",
  "report.read": "查看报告",
  "report.duties": "查看本月填报任务",
  "report.file": "填报报告",
  "report.signoff": "县区审核签发",
  "report.approve": "审核县区报告",
  "report.approveDepartmentReport": "审核科室报告",
  "extension.read": "查看延期申请",
  "extension.request": "申请延期",
  "extension.decide": "审批延期申请",
  "reminder.send": "催办",
  "reminder.rules": "设置自动提醒规则",
  "notice.read": "查看督查单",
  "notice.feedback": "督查单整改反馈",
  "notice.issue": "下发、撤回督查单",
  "notice.decide": "审核督查单整改反馈",
  "notice.settings": "设置督查单升级规则",
  "bulletin.read": "查看通报",
  "bulletin.manage": "起草、印发通报",
  "closeout.read": "查看办结销号",
  "closeout.apply": "申请办结销号",
  "closeout.verify": "核验办结申请",
  "closeout.close": "办结销号、重新打开",
  "account.admin": "用户管理",
  "unit.admin": "单位管理",
  "backup.read": "查看数据备份",
  "audit.read": "查看审计日志",
  "audit.export": "导出审计日志",
  "account.own": "管理本人账号",
  "account.password": "修改本人密码",
  "account.totpEnrol": "绑定动态口令",
  "session.read": "读取本人登录信息",
};

export type PolicySubject = { role: Role; unitId: number };

export function scopeOf(viewer: PolicySubject, right: Right): Scope | null {
  return (POLICY[right] as Partial<Record<Role, Scope>>)[viewer.role] ?? null;
}

/** Does the viewer hold this right, on a resource of this unit (omit for rights on no unit)? */
export function can(viewer: PolicySubject, right: Right, resourceUnitId?: number): boolean {
  const scope = scopeOf(viewer, right);
  if (scope === null) return false;
  return scope === "all" || resourceUnitId === undefined || resourceUnitId === viewer.unitId;
}

/** Holds the right for every unit's resources (not only its own). */
export const canForAll = (viewer: PolicySubject, right: Right) => scopeOf(viewer, right) === "all";

/** The roles that hold a right, e.g. whom to notify or which accounts to list. */
export function rolesWith(right: Right): Role[] {
  return Object.keys(POLICY[right]) as Role[];
}

/** The `where` fragment that limits a query to what the viewer may see; null when nothing. */
export function unitFilter(viewer: PolicySubject, right: Right): { unitId?: number } | null {
  const scope = scopeOf(viewer, right);
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
