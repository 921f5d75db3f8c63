import { can, canForAll, type PolicySubject, type Right } from "@/lib/policy";

/** A place in the navigation; count: the work waiting there (本月填报, 待审核), shown beside the label. */
export type NavItem = { href: string; label: string; count?: number };

/** The navigation a viewer sees: exactly the places the policy table lets them use. */
export function navigationFor(viewer: PolicySubject & { unitCode: string }): NavItem[] {
  const items: NavItem[] = [];
  if (can(viewer, "dashboard.readAll")) items.push({ href: "/dashboard", label: "督办看板" });
  else if (can(viewer, "dashboard.readCounty"))
    items.push({ href: `/dashboard/counties/${viewer.unitCode}`, label: "本县看板" });
  // The departments that review county reports on the points they lead have a dashboard of their own.
  if (can(viewer, "report.approve"))
    items.push({ href: `/dashboard/departments/${viewer.unitCode}`, label: "本科室看板" });
  if (can(viewer, "plan.read")) items.push({ href: "/plans", label: "工作要点" });
  if (can(viewer, "plan.import")) items.push({ href: "/plans/import", label: "导入要点" });
  if (canForAll(viewer, "unitTasks.read")) items.push({ href: "/units", label: "单位任务" });
  else if (can(viewer, "unitTasks.read")) items.push({ href: `/units/${viewer.unitCode}`, label: "本单位任务" });
  if (can(viewer, "account.admin")) items.push({ href: "/admin/users", label: "用户管理" });
  if (can(viewer, "unit.admin")) items.push({ href: "/admin/units", label: "单位管理" });
  if (can(viewer, "backup.read")) items.push({ href: "/admin/backups", label: "数据备份" });
  if (can(viewer, "audit.read")) items.push({ href: "/audit", label: "审计日志" });
  if (can(viewer, "report.duties")) items.push({ href: "/reports", label: "本月填报" });
  const reviews: Right[] = ["report.signoff", "report.approve", "report.approveDepartmentReport"];
  if (reviews.some((right) => can(viewer, right))) items.push({ href: "/reviews", label: "待审核" });
  if (can(viewer, "reminder.send")) items.push({ href: "/reminders", label: "催办" });
  if (can(viewer, "extension.read")) items.push({ href: "/extensions", label: "延期申请" });
  // Units find their open 督查单 atop their landing page (and the list from there): a unit's header
  // is full at 1366 px.
  if (canForAll(viewer, "notice.read")) items.push({ href: "/supervision", label: "督查单" });
  if (can(viewer, "bulletin.read")) items.push({ href: "/bulletins", label: "通报" });
  // A unit's header is full at 1366 px: a county applies from its 单位任务 page and a lead department
  // finds the applications it verifies atop 待审核; both link to /closeouts.
  if (canForAll(viewer, "notice.read") && can(viewer, "closeout.read"))
    items.push({ href: "/closeouts", label: "办结销号" });
  return items;
}

/**
 * Where a viewer lands after signing in: their first job. Those who review (the county head, the
 * departments) on 待审核, those who file on 本月填报, everyone else on their first place: the
 * supervisor and the leader on 督办看板, the administrator on 用户管理, the auditor on 审计日志.
 * The supervisor also approves department reports, but supervising the whole plan comes first.
 */
export function homeFor(viewer: PolicySubject & { unitCode: string }): string {
  const items = navigationFor(viewer);
  const first =
    can(viewer, "report.signoff") || can(viewer, "report.approve")
      ? "/reviews"
      : can(viewer, "report.file")
        ? "/reports"
        : undefined;
  return (items.find((item) => item.href === first) ?? items[0])?.href ?? "/account";
}
