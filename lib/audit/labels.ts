import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/policy";
import type { AuditFilters } from "./schemas";

export const RESULT_LABELS: Record<string, string> = { SUCCESS: "成功", FAILURE: "失败", DENIED: "拒绝" };

// Denied attempts are recorded under the policy action that was refused, so those are listed too.
const ACTION_LABELS: Record<string, string> = {
  "auth.sign-in": "登录",
  "auth.sign-out": "退出登录",
  "auth.lockout": "账号锁定",
  "auth.session-expired": "会话失效",
  "account.password-change": "修改密码",
  "account.manageOwn": "管理本人账号",
  "plan.read": "查看工作要点",
  "plan.import": "导入工作要点",
  "unitTasks.read": "查看单位任务",
  "user.manage": "用户管理",
  "unit.manage": "单位管理",
  "audit.read": "查看审计日志",
  "audit.export": "导出审计日志",
};

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
/** 登录 (auth.sign-in): the label people read and the code the filter and the log use. */
export const actionText = (action: string) => (ACTION_LABELS[action] ? `${ACTION_LABELS[action]} (${action})` : action);
export const resultLabel = (result: string) => RESULT_LABELS[result] ?? result;
export const roleLabel = (role: string | null) => (role === null ? "" : (ROLE_LABELS[role as Role] ?? role));

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 2022-11-03 14:05:09, Beijing time, whatever the server's time zone. */
export function formatShanghaiTime(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** One line for before/after values; the full text is shown on demand. */
export function compactJson(value: unknown, max = 60): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** 用户 auditor · 单位 city · 2022-11-01 至 2022-11-03, or 全部 when nothing is filtered. */
export function describeAuditFilters(
  filters: AuditFilters,
  unitName: (code: string) => string = (code) => code,
): string {
  const parts: string[] = [];
  if (filters.user) parts.push(`用户 ${filters.user}`);
  if (filters.unit) parts.push(`单位 ${unitName(filters.unit)}`);
  if (filters.action) parts.push(`操作 ${actionLabel(filters.action)}`);
  if (filters.result) parts.push(`结果 ${resultLabel(filters.result)}`);
  if (filters.from || filters.to) parts.push(`日期 ${filters.from ?? "不限"} 至 ${filters.to ?? "不限"}`);
  return parts.length ? parts.join(" · ") : "全部记录";
}
