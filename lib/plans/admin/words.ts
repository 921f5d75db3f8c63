// How the plan's setup reads to people: the rule, the split and the kind in the bureau's words.
// Pure (no database), so the point page, the forms and the history all say the same thing.
import type { PointKind, ProgressRule, QuotaMode } from "@/lib/plans/plan-data";

export const RULE_LABELS: Record<ProgressRule, string> = {
  LINEAR: "按月均衡",
  CURVE: "自定义序时进度",
  LEVEL: "全年保持",
  BY_DATE: "限期完成",
};

export const RULE_HINTS: Record<ProgressRule, string> = {
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

/** 6月30日 from "2022-06-30". */
export function formatDueDay(day: string): string {
  const [, month, date] = day.split("-").map(Number);
  return `${month}月${date}日`;
}

/** 按月均衡 / 自定义序时进度 / 全年保持 / 6月30日前完成. */
export function ruleInWords(rule: ProgressRule, dueOn: string | null): string {
  if (rule === "BY_DATE") return dueOn ? `${formatDueDay(dueOn)}前完成` : "限期完成(未定日期)";
  return RULE_LABELS[rule];
}

export const wholeNumbersInWords = (whole: boolean) => (whole ? "整数" : "可含小数");
