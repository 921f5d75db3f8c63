import type { Role } from "@/lib/generated/prisma/enums";
import { RIGHT_LABELS, ROLE_LABELS } from "@/lib/policy";
import type { AuditFilters } from "./schemas";

export const RESULT_LABELS: Record<string, string> = { SUCCESS: "成功", FAILURE: "失败", DENIED: "拒绝" };

// Refusals are recorded under the right that was asked for (lib/policy.ts), so every right has a
// label here too, through RIGHT_LABELS. Codes that older rows still carry keep theirs.
const EVENT_LABELS: Record<string, string> = {
  "auth.sign-in": "登录",
  "auth.sign-out": "退出登录",
  "auth.lockout": "账号锁定",
  "auth.session-expired": "会话失效",
  "account.password-change": "修改密码",
  "account.totp-enable": "启用动态口令",
  "account.totp-disable": "停用动态口令",
  "account.token-create": "创建 API 令牌",
  "account.token-revoke": "撤销 API 令牌",
  "user.create": "创建用户",
  "user.update": "修改用户",
  "user.disable": "停用用户",
  "user.enable": "启用用户",
  "user.unlock": "解除锁定",
  "user.password-reset": "重置密码",
  "user.api-token-revoke": "撤销用户的 API 令牌",
  "unit.create": "新建单位",
  "unit.update": "修改单位",
  "backup.run": "数据备份",
  "plan.weights": "设置完成度权重",
  "plan.schedule": "设置序时进度",
  "plan.quotas": "修改县区分解数",
  "plan.first-period": "调整起报月份",
  "plan.point.update": "修改工作要点",
  "plan.indicator.create": "新增指标",
  "plan.indicator.update": "修改指标",
  "plan.indicator.retire": "停用指标",
  "plan.indicator.delete": "删除指标",
  "plan.milestone.create": "新增里程碑",
  "plan.milestone.retire": "停用里程碑",
  "plan.baseline.update": "填写年初值",
  "plan.baseline.previous-year": "取上年末审核值作年初值",
  "report.save": "保存草稿",
  "report.sendForSignoff": "提交县区审核",
  "report.sign": "县区审核签发",
  "report.sendBack": "县区退回",
  "report.submit": "报送",
  "report.approve": "审核通过",
  "report.return": "退回",
  "report.reopen": "更正(新修订)",
  "report.remind": "催办",
  "report.autoRemind": "自动提醒",
  "reminder.rule": "修改提醒规则",
  "notice.propose": "拟发督查单",
  "notice.issue": "下发督查单",
  "notice.dismiss": "督查单不予下发",
  "notice.withdraw": "撤回督查单",
  "notice.feedback": "督查单整改反馈",
  "notice.accept": "采纳督查单反馈(办结)",
  "notice.return": "退回督查单反馈",
  "notice.settings": "修改督查单升级规则",
  "report.import": "Excel 批量填报",
  "report.value.implausible": "填报数值异常(已说明)",
  "attachment.upload": "上传附件",
  "attachment.download": "下载附件",
  "attachment.remove": "删除附件",
  "extension.request": "申请延期",
  "extension.grant": "批准延期",
  "extension.refuse": "不批准延期",
  "closeout.check": "核验通过办结申请",
  "closeout.check-return": "核验退回办结申请",
  "closeout.finish": "办结销号",
  "closeout.finish-return": "退回办结申请(销号环节)",
  "closeout.reopen": "重新打开已办结事项",
  "audit.export": "导出审计日志",
  "bulletin.create": "起草通报",
  "bulletin.texts": "修改通报文字",
  "bulletin.issue": "印发通报",
  // Rights of earlier versions, still on old rows.
  "account.manageOwn": "管理本人账号",
  "user.manage": "用户管理",
  "unit.manage": "单位管理",
  "report.act": "办理报告",
  "dashboard.read": "查看督办看板",
};

const ACTION_LABELS: Record<string, string> = { ...RIGHT_LABELS, ...EVENT_LABELS };

/** Every audit action code the portal writes or has written, for the log's filter. */
export const AUDIT_ACTION_CODES = Object.keys(ACTION_LABELS).sort();

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
/** 登录 (auth.sign-in): the label people read and the code the filter and the log use. */
export const actionText = (action: string) => (ACTION_LABELS[action] ? `${ACTION_LABELS[action]} (${action})` : action);
export const resultLabel = (result: string) => RESULT_LABELS[result] ?? result;
export const roleLabel = (role: string | null) => (role === null ? "" : (ROLE_LABELS[role as Role] ?? role));

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
