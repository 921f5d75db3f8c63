// What a report cannot be sent without. A draft may be saved half-filled; sending it (提交审核, 报送)
// needs every figure the unit reports, and either 进展情况 or an explicit 本月无新进展 with its reason:
// a blank never stands for "nothing new". Pure, so the form checks exactly what the server refuses.
import type { RuleIndicator, RuleValue, ValueField, ValueProblem } from "./value-rules";

type Named = Pick<RuleIndicator, "name" | "kind">;

/** The blank figures of one indicator's row (an absent row counts as all blank). */
export function missingValueProblems(indicator: Named, row: Partial<RuleValue> | undefined): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const add = (field: ValueField, message: string, what: string) =>
    problems.push({ field, message, text: `「${indicator.name}」未填写${what}` });
  if (indicator.kind === "MILESTONE") {
    if (row?.done == null) add("done", "请选择已完成或未完成", "是否完成");
  } else if (indicator.kind === "SUM") {
    if (row?.value == null) add("value", "请填写本月累计值(没有新进展的,填上月累计值)", "本月累计值");
  } else {
    if (row?.numerator == null) add("numerator", "请填写分子", "分子");
    if (row?.denominator == null) add("denominator", "请填写分母", "分母");
  }
  return problems;
}

export type NarrativeFields = { progress: string; noProgress?: boolean; noProgressReason?: string };
export type NarrativeField = "progress" | "noProgressReason";
export type NarrativeProblem = { field: NarrativeField; message: string };

export const NO_PROGRESS_REASON_MISSING = "选择“本月无新进展”时须填写原因";
export const PROGRESS_MISSING = "请填写进展情况(本月没有新进展的,请选择“本月无新进展”并说明原因)";

/** 本月无新进展 always needs its reason; sending needs 进展情况 unless the unit said nothing moved. */
export function narrativeProblems(fields: NarrativeFields, sending: boolean): NarrativeProblem[] {
  const problems: NarrativeProblem[] = [];
  if (fields.noProgress && (fields.noProgressReason ?? "").trim() === "")
    problems.push({ field: "noProgressReason", message: NO_PROGRESS_REASON_MISSING });
  if (sending && !fields.noProgress && fields.progress.trim() === "")
    problems.push({ field: "progress", message: PROGRESS_MISSING });
  return problems;
}
