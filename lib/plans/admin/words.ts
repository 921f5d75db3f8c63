// How the plan's setup reads to people: the rule, the split and the kind in the bureau's words.
// Pure (no database), so the point page, the forms and the history all say the same thing.
import { POINT_KIND_LABELS, QUOTA_MODE_LABELS, RULE_DESCRIPTIONS, RULE_LABELS } from "@/lib/plans/measurement-labels";
import type { ProgressRule } from "@/lib/plans/plan-data";

export { POINT_KIND_LABELS, QUOTA_MODE_LABELS, RULE_DESCRIPTIONS as RULE_HINTS, RULE_LABELS };

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
