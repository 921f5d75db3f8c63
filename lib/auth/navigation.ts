import { can, scopeOf, type PolicySubject } from "@/lib/policy";

export type NavItem = { href: string; label: string };

/** The navigation a viewer sees: exactly the places the policy lets them use. */
export function navigationFor(viewer: PolicySubject & { unitCode: string }): NavItem[] {
  const items: NavItem[] = [];
  if (can(viewer, "plan.read")) items.push({ href: "/plans", label: "工作要点" });
  if (can(viewer, "plan.import")) items.push({ href: "/plans/import", label: "导入要点" });
  const tasks = scopeOf(viewer, "unitTasks.read");
  if (tasks === "own") items.push({ href: `/units/${viewer.unitCode}`, label: "本单位任务" });
  if (tasks === "all") items.push({ href: "/units", label: "单位任务" });
  if (can(viewer, "user.manage")) items.push({ href: "/admin/users", label: "用户管理" });
  if (can(viewer, "unit.manage")) items.push({ href: "/admin/units", label: "单位管理" });
  if (can(viewer, "audit.read")) items.push({ href: "/audit", label: "审计日志" });
  return items;
}

/** Where a viewer lands after signing in. */
export function homeFor(viewer: PolicySubject & { unitCode: string }): string {
  return navigationFor(viewer)[0]?.href ?? "/account";
}
