// Values of the simulated demo history, rule by rule (the indicator's rule, quota mode and whole numbers):
// a level is held from January, a linear indicator moves from its 年初值 towards its quota at the county's
// pace, a minimum for every county is counted institution by institution. A value that falls below the
// month before carries the 说明 the portal asks for, and the flag it shows the reviewers.
import type { Random } from "./demo-random";
import { populationOf, quantise, scaleOf, shareOf } from "./demo-history-baselines";
import type { DemoBaseline, DemoValue, HistoryIndicator, Pace } from "./demo-history-pace";
import { arrivalSeries, completionSeries, heldSeries, levelSeries } from "./demo-history-series";

/** A SUM indicator's values month by month: in whole things when it counts them, else in hundredths (亿元). */
function sumSeries(random: Random, indicator: HistoryIndicator, pace: Pace, months: number, start: number): number[] {
  const step = indicator.wholeNumbers ? 1 : 0.01;
  if (indicator.quotaMode === "MINIMUM") return arrivalSeries(random, pace, indicator.target, months);
  if (indicator.rule === "LEVEL") return heldSeries(random, pace, start, months);
  return completionSeries(random, pace, months).map((completion) =>
    quantise(start + (indicator.target - start) * completion, step, pace.rounding),
  );
}

/** A RATE's or RATIO's shares month by month, in its unit (% or 人/万人). */
function shareSeries(random: Random, indicator: HistoryIndicator, pace: Pace, months: number, start: number): number[] {
  const { target } = indicator;
  if (indicator.rule === "LEVEL")
    return levelSeries(random, pace, start, target, indicator.kind === "RATE" ? 100 : Infinity, months);
  return completionSeries(random, pace, months).map((completion) => start + (target - start) * completion);
}

const DROP_REASONS: [RegExp, (drop: number) => string][] = [
  [/供养/, (drop) => `本月${drop}名集中供养特困人员去世或转为分散供养,集中供养人数相应减少。`],
  [/资金/, (drop) => `本月部分购买服务项目结算核减资金${drop}万元。`],
  [/遗址/, (drop) => `${drop}处遗址因台风受损暂停开放,管护协议待续签。`],
  [/儿童/, (drop) => `${drop}名困境儿童年满18周岁或迁出,结对帮扶人数相应减少。`],
  [/社区工作者/, (drop) => `${drop}名社区工作者辞职或调离,正在补充招聘。`],
];
const dropReason = (indicator: HistoryIndicator, drop: number) =>
  (DROP_REASONS.find(([words]) => words.test(indicator.name))?.[1] ?? ((n: number) => `经核实,本月较上月核减${n}。`))(
    Number(drop.toFixed(2)),
  );

/** The 说明 and the flag of every value below the month before. */
function explainDrops(indicator: HistoryIndicator, values: DemoValue[]): DemoValue[] {
  return values.map((value, index) => {
    const current = value.value ?? value.numerator;
    const previous = index > 0 ? (values[index - 1].value ?? values[index - 1].numerator) : null;
    if (current === null || previous === null || current >= previous) return value;
    return { ...value, explanation: dropReason(indicator, previous - current), implausible: true };
  });
}

/** One indicator's values for months 1..months, in the form its kind is reported in, from the unit's 年初值. */
export function valueSeries(
  random: Random,
  indicator: HistoryIndicator,
  unitCode: string,
  pace: Pace,
  months: number,
  baseline: DemoBaseline | null,
): DemoValue[] {
  const empty = { indicatorId: indicator.id, value: null, numerator: null, denominator: null, done: null };
  const plain = { ...empty, explanation: "", implausible: false };
  if (indicator.kind === "MILESTONE")
    return completionSeries(random, pace, months).map((completion) => ({ ...plain, done: completion >= 1 }));
  if (indicator.kind === "SUM")
    return explainDrops(
      indicator,
      sumSeries(random, indicator, pace, months, baseline?.value ?? 0).map((value) => ({ ...plain, value })),
    );
  // The 年初值's population when the plan holds one (a supervisor may have typed it), so the parts stay comparable.
  const { step, ...population } = populationOf(indicator, unitCode);
  const denominator = baseline?.denominator ?? population.denominator;
  const start = baseline ? shareOf(indicator, baseline) : 0;
  const ceiling = indicator.kind === "RATE" ? denominator : Infinity;
  const values = shareSeries(random, indicator, pace, months, start).map((share) => ({
    ...plain,
    numerator: Math.min(quantise((denominator * share) / scaleOf(indicator), step, pace.rounding), ceiling),
    denominator,
  }));
  return explainDrops(indicator, values);
}

/** Completion of a reported value against its quota or target; null when there is nothing to complete. */
export function completionOf(indicator: Pick<HistoryIndicator, "kind" | "target">, value: DemoValue): number | null {
  if (indicator.target <= 0) return null;
  if (indicator.kind === "SUM") return (value.value ?? 0) / indicator.target;
  if (indicator.kind === "MILESTONE") return value.done ? 1 : 0;
  if (!value.denominator) return null;
  return shareOf(indicator, value) / indicator.target;
}
