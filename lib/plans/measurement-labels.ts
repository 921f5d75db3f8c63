// How an indicator is measured, in the words the 督查科 uses: the import review and the plan's own
// pages show and offer the same choices.
import type { PointKind, ProgressRule, QuotaMode } from "./plan-data";

export const RULE_LABELS: Record<ProgressRule, string> = {
  LINEAR: "按月均衡",
  CURVE: "自定义序时进度",
  LEVEL: "全年保持",
  BY_DATE: "限期完成",
};

export const RULE_DESCRIPTIONS: Record<ProgressRule, string> = {
  LINEAR: "序时进度每月 1/12,从年初值均衡增长到目标",
  CURVE: "按本指标自己的 12 个月累计进度(在序时进度页设置)",
  LEVEL: "达到并全年保持:每月的应完成值都是目标",
  BY_DATE: "在完成时限前完成即可(里程碑、“X月底前完成”)",
};

export const QUOTA_MODE_LABELS: Record<QuotaMode, string> = {
  SPLIT: "分解到县区(合计等于目标)",
  SAME: "各县区同一目标",
  MINIMUM: "各县区不少于目标",
  NONE: "不分解(牵头单位报送)",
};

export const POINT_KIND_LABELS: Record<PointKind, string> = { QUANTITATIVE: "定量", QUALITATIVE: "定性" };

/** "6月底前" from a due date "2022-06-30"; "年底前" for December's last day. */
export function dueLabel(dueOn: string | null): string {
  if (!dueOn) return "未定期限";
  const [year, month, day] = dueOn.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== lastDay) return `${dueOn}前`;
  return month === 12 ? "年底前" : `${month}月底前`;
}
