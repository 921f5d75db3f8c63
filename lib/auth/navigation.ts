import type { Role } from "@/lib/generated/prisma/enums";
import { can, scopeOf, type PolicySubject } from "@/lib/policy";

export type NavItem = { href: string; label: string };

// The policy lets every acting role read and act on reports; these are the roles whose daily job
// is a page: the units that file a month, and the people who review what others filed.
const FILES_REPORTS: Role[] = ["COUNTY_REPORTER", "COUNTY_APPROVER", "DEPARTMENT"];
const REVIEWS_REPORTS: Role[] = ["COUNTY_APPROVER", "DEPARTMENT", "SUPERVISOR"];

/** The navigation a viewer sees: exactly the places the policy lets them use. */
export function navigationFor(viewer: PolicySubject & { unitCode: string }): NavItem[] {
  const items: NavItem[] = [];
  const dashboard = scopeOf(viewer, "dashboard.read");
  if (dashboard === "all") items.push({ href: "/dashboard", label: "督办看板" });
  if (dashboard === "own") items.push({ href: `/dashboard/counties/${viewer.unitCode}`, label: "本县看板" });
  if (viewer.role === "DEPARTMENT")
    items.push({ href: `/dashboard/departments/${viewer.unitCode}`, label: "本科室看板" });
  if (can(viewer, "plan.read")) items.push({ href: "/plans", label: "工作要点" });
  if (can(viewer, "plan.import")) items.push({ href: "/plans/import", label: "导入要点" });
  const tasks = scopeOf(viewer, "unitTasks.read");
  if (tasks === "own") items.push({ href: `/units/${viewer.unitCode}`, label: "本单位任务" });
  if (tasks === "all") items.push({ href: "/units", label: "单位任务" });
  if (can(viewer, "user.manage")) items.push({ href: "/admin/users", label: "用户管理" });
  if (can(viewer, "unit.manage")) items.push({ href: "/admin/units", label: "单位管理" });
  if (can(viewer, "audit.read")) items.push({ href: "/audit", label: "审计日志" });
  if (can(viewer, "report.act") && FILES_REPORTS.includes(viewer.role))
    items.push({ href: "/reports", label: "本月填报" });
  if (can(viewer, "report.act") && REVIEWS_REPORTS.includes(viewer.role))
    items.push({ href: "/reviews", label: "待审核" });
  if (can(viewer, "plan.import")) items.push({ href: "/reminders", label: "催办" });
  if (can(viewer, "report.act") && (FILES_REPORTS.includes(viewer.role) || viewer.role === "SUPERVISOR"))
    items.push({ href: "/extensions", label: "延期申请" });
  return items;
}

/** Where a viewer lands after signing in: the month's filing for those who file, else the first place. */
export function homeFor(viewer: PolicySubject & { unitCode: string }): string {
  const items = navigationFor(viewer);
  return (items.find((item) => item.href === "/reports") ?? items[0])?.href ?? "/account";
}
