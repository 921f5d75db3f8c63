// A change's before and after, in the words the point page shows (名称, 年度目标 ≥ 30个 …), keeping
// only what changed: the history reads "年度目标: ≥ 30个 → ≥ 35个" without any decoding.
import { formatNumber } from "@/lib/format";
import { DIRECTION_SYMBOLS, KIND_LABELS } from "@/lib/plans/labels";
import type { AggregationKind, Direction, ProgressRule, QuotaMode } from "@/lib/plans/plan-data";
import { QUOTA_MODE_LABELS, ruleInWords, wholeNumbersInWords } from "./words";

export type Words = Record<string, string>;

export type IndicatorSetup = {
  name: string;
  unit: string;
  target: number;
  direction: Direction;
  kind: AggregationKind;
  wholeNumbers: boolean;
  quotaMode: QuotaMode;
  rule: ProgressRule;
  dueOn: string | null;
  sourceText: string;
};

export function describeIndicator(setup: IndicatorSetup): Words {
  return {
    名称: setup.name,
    年度目标: `${DIRECTION_SYMBOLS[setup.direction]} ${formatNumber(setup.target)}${setup.unit}`,
    汇总方式: KIND_LABELS[setup.kind],
    数值: wholeNumbersInWords(setup.wholeNumbers),
    分解方式: QUOTA_MODE_LABELS[setup.quotaMode],
    序时进度: ruleInWords(setup.rule, setup.dueOn),
    原文依据: setup.sourceText || "(无)",
  };
}

/** The fields whose words differ, before and after; null when nothing changed. */
export function changedWords(before: Words, after: Words): { before: Words; after: Words } | null {
  const keys = Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key]);
  if (keys.length === 0) return null;
  const pick = (words: Words) => Object.fromEntries(keys.map((key) => [key, words[key] ?? "(无)"]));
  return { before: pick(before), after: pick(after) };
}
