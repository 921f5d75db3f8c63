// The rules one reported value must meet, the same at every door: the form checks them before
// sending, and lib/reports/check-values.ts applies them to every save (form, Excel, API).
// Pure, so the client form and the unit tests use exactly the server's rules.
import { formatNumber } from "@/lib/format";
import { formatPeriod } from "@/lib/time/format";
import { lastDayOfMonth } from "@/lib/time/days";

export type RuleIndicator = {
  name: string;
  unit: string;
  kind: "SUM" | "RATE" | "RATIO" | "MILESTONE";
  /** The unit's quota (a county) or the city target (the lead department). */
  target: number;
  wholeNumbers: boolean;
  dueOn: string | null;
};

export type RuleValue = {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  done?: boolean | null;
  doneOn?: string | null;
  explanation: string;
};
type Figures = Pick<RuleValue, "value" | "numerator" | "denominator">;

export type ValueField = "value" | "numerator" | "denominator" | "done" | "doneOn" | "explanation";
/** message: shown beside the field; text: the same in a list, with the indicator named. */
export type ValueProblem = { field: ValueField; message: string; text: string };

/** Why a value needs a 说明 and is shown to the reviewers as 数值异常. */
export type Implausibility = "OVER_TARGET" | "BELOW_LAST";

/** How far beyond the unit's quota or target a value may go before it must be explained. */
export const IMPLAUSIBLE_FACTOR = 3;

export const IMPLAUSIBLE_REASONS: Record<Implausibility, { ask: string; flag: string }> = {
  OVER_TARGET: { ask: "超过本单位目标的3倍，请说明", flag: "数值异常：超过目标3倍" },
  BELOW_LAST: { ask: "低于上月已审核值，请说明", flag: "数值异常：低于上月审核值" },
};

/** The figure compared with the target: the cumulative value, or the rate (%) or ratio of the parts. */
export function measuredOf(indicator: Pick<RuleIndicator, "kind">, row: Figures): number | null {
  if (indicator.kind === "SUM") return row.value ?? null;
  if (indicator.kind === "MILESTONE") return null;
  const { numerator, denominator } = row;
  if (numerator == null || denominator == null || denominator <= 0) return null;
  return indicator.kind === "RATE" ? (numerator / denominator) * 100 : numerator / denominator;
}

/** The existing decrease rule compares the cumulative value, or a rate's numerator, with last month's. */
export const cumulativeOf = (indicator: Pick<RuleIndicator, "kind">, row: Figures) =>
  indicator.kind === "SUM" ? (row.value ?? null) : indicator.kind === "MILESTONE" ? null : (row.numerator ?? null);

export function implausibilityOf(
  indicator: RuleIndicator,
  row: Figures,
  lastApproved: number | null,
): Implausibility | null {
  const measured = measuredOf(indicator, row);
  if (measured !== null && indicator.target > 0 && measured > IMPLAUSIBLE_FACTOR * indicator.target)
    return "OVER_TARGET";
  const current = cumulativeOf(indicator, row);
  if (current !== null && lastApproved !== null && current < lastApproved) return "BELOW_LAST";
  return null;
}

type Context = { period: string; today: string; lastApproved: number | null };

export function valueProblems(indicator: RuleIndicator, row: RuleValue, context: Context): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const add = (field: ValueField, message: string) =>
    problems.push({ field, message, text: message.startsWith("「") ? message : `「${indicator.name}」${message}` });
  if (indicator.kind === "MILESTONE") {
    milestoneProblems(row, context, add);
    return problems;
  }
  const fields = indicator.kind === "SUM" ? (["value"] as const) : (["numerator", "denominator"] as const);
  if (indicator.wholeNumbers)
    for (const field of fields) {
      const typed = row[field];
      if (typed != null && !Number.isInteger(typed))
        add(field, `「${indicator.name}」统计的是整数(${indicator.unit})，不能填 ${formatNumber(typed)}`);
    }
  if (indicator.kind !== "SUM") {
    const { numerator, denominator } = row;
    if ((numerator != null) !== (denominator != null))
      add(numerator == null ? "numerator" : "denominator", "须同时填写分子和分母。");
    if (numerator != null && denominator === 0) add("denominator", "的分母不能为 0。");
    if (
      indicator.kind === "RATE" &&
      numerator != null &&
      denominator != null &&
      denominator > 0 &&
      numerator > denominator
    )
      add("numerator", "的比率不能超过 100%(分子大于分母)。");
  }
  const reason = implausibilityOf(indicator, row, context.lastApproved);
  if (reason && row.explanation.trim() === "") add("explanation", IMPLAUSIBLE_REASONS[reason].ask);
  return problems;
}

function milestoneProblems(row: RuleValue, { period, today }: Context, add: (f: ValueField, m: string) => void) {
  if (!row.done) return;
  const doneOn = row.doneOn ?? "";
  const [year, month] = period.split("-").map(Number);
  const monthEnd = lastDayOfMonth(year, month);
  if (doneOn === "") add("doneOn", "已完成的请填写完成日期");
  else if (doneOn > today) add("doneOn", `完成日期 ${doneOn} 不能晚于今天`);
  else if (doneOn > monthEnd) add("doneOn", `完成日期 ${doneOn} 不能晚于所填报的${formatPeriod(period)}`);
}
