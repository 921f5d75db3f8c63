// 年初值 of the simulated demo history: where each county stood on 1 January 2022 on the indicators whose
// start matters (rates and ratios, levels). Counts built this year start at zero and have no row.
import { DEMO_COUNTY_WEIGHTS } from "@/lib/plans/split-target";
import type { Random } from "./demo-random";
import type { DemoBaseline, HistoryIndicator, Pace, Side } from "./demo-history-pace";

/**
 * Believable starting points, in the indicator's own unit. A county's place in the range follows its side:
 * the counties ahead start near the top, the laggards near the bottom.
 * - 集中供养率: most 有意愿的失能特困人员 were already in care after the 2021 campaign; 90–100%.
 * - 购买服务比例: the 3% floor was already the 2021 rule; counties spent about 2–3.5% of the funds on services.
 * - 乡镇示范点结对帮扶率: the model townships began pairing in 2021; 55–80% of their children were paired.
 * - 县区结对帮扶率: county-wide pairing was newer; 25–35% against this year's 45%.
 * - 每万人社区工作者: Fujian's 2021 average was about 13; Putian's counties 12–15 against the target 16.
 */
const START_OF_YEAR: { words: RegExp; low: number; high: number }[] = [
  { words: /供养/, low: 90, high: 100 },
  { words: /购买服务/, low: 2, high: 3.5 },
  { words: /示范点.*结对/, low: 55, high: 80 },
  { words: /结对帮扶/, low: 25, high: 35 },
  { words: /社区工作者/, low: 12, high: 15 },
];
const BAND: Record<Side, [number, number]> = { ahead: [0.6, 1], middle: [0.3, 0.8], behind: [0, 0.4] };

/** A rate is reported in %, its parts in people or 万元; a ratio (人/万人) is the parts' quotient itself. */
export const scaleOf = (indicator: Pick<HistoryIndicator, "kind">) => (indicator.kind === "RATE" ? 100 : 1);

/** What a RATE or RATIO is a share of, sized by the county (the city as a whole for a department). */
export function populationOf(indicator: HistoryIndicator, unitCode: string): { denominator: number; step: number } {
  const weight = DEMO_COUNTY_WEIGHTS.find((entry) => entry.unitCode === unitCode)?.weight ?? 100;
  if (indicator.kind === "RATIO") {
    // 人/万人: the urban resident population in 万人; 家/县区: the county itself.
    if (indicator.unit.includes("万人")) return { denominator: Math.round(weight * 21) / 10, step: 1 };
    return { denominator: 1, step: 1 };
  }
  if (indicator.name.includes("资金")) return { denominator: Math.round(weight * 120), step: 0.1 }; // 万元
  if (indicator.name.includes("供养")) return { denominator: Math.round(12 + weight * 3), step: 1 }; // 特困人员
  if (indicator.name.includes("示范点")) return { denominator: Math.round(6 + weight * 1.2), step: 1 }; // 示范点困境儿童
  if (indicator.name.includes("儿童")) return { denominator: Math.round(40 + weight * 9), step: 1 }; // 困境儿童
  return { denominator: Math.round(20 + weight * 5), step: 1 };
}

export function quantise(amount: number, step: number, rounding: Pace["rounding"]): number {
  const steps = amount / step;
  // The small epsilon keeps 4.0000000001 from rounding up to 5.
  const whole =
    rounding === "up" ? Math.ceil(steps - 1e-9) : rounding === "down" ? Math.floor(steps + 1e-9) : Math.round(steps);
  return Number((whole * step).toFixed(4));
}

/** The reported share of a baseline or value, in the indicator's unit (% or 人/万人). */
export const shareOf = (
  indicator: Pick<HistoryIndicator, "kind">,
  parts: Pick<DemoBaseline, "numerator" | "denominator">,
) => (parts.denominator ? ((parts.numerator ?? 0) / parts.denominator) * scaleOf(indicator) : 0);

/**
 * The unit's 年初值, or null where the year starts from zero. One the plan already holds (34's sites maintained
 * since before the year, or one the supervisor typed) is kept as it is.
 */
export function demoBaselineOf(
  random: Random,
  indicator: HistoryIndicator,
  unitCode: string,
  pace: Pace,
): DemoBaseline | null {
  if (indicator.baseline) return indicator.baseline;
  if (indicator.kind === "MILESTONE" || indicator.target <= 0) return null;
  if (indicator.kind === "SUM")
    return indicator.rule === "LEVEL" ? { value: indicator.target, numerator: null, denominator: null } : null;
  const range = START_OF_YEAR.find((entry) => entry.words.test(indicator.name)) ?? {
    low: indicator.target * 0.5,
    high: indicator.target * 0.8,
  };
  const [bandLow, bandHigh] = BAND[pace.side];
  const share = range.low + (range.high - range.low) * random.between(bandLow, bandHigh);
  const { denominator, step } = populationOf(indicator, unitCode);
  let numerator = quantise((denominator * share) / scaleOf(indicator), step, "nearest");
  if (indicator.kind === "RATE") numerator = Math.min(numerator, denominator);
  // A linear indicator has a way to go: its 年初值 stays below the target.
  if (indicator.rule !== "LEVEL")
    while (numerator > 0 && shareOf(indicator, { numerator, denominator }) >= indicator.target)
      numerator = Number((numerator - step).toFixed(4));
  return { value: null, numerator, denominator };
}
