// Cumulative values of the simulated demo history: each unit works towards each quota at its own
// pace, so the dashboards have leaders and laggards to show.
import type { DutyIndicator } from "@/lib/reports/duties";
import { DEMO_COUNTY_WEIGHTS } from "@/lib/plans/split-target";
import type { Random } from "./demo-random";

export type DemoValue = {
  indicatorId: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  done: boolean | null;
};

type Pace = { low: number; high: number; rounding: "up" | "down" | "nearest" };

// Pace = completion ÷ 序时进度. Xianyou and Licheng run ahead of time progress all year; Meizhou
// and Beian (the smallest units) fall behind it; the other three stay around it. The bounds are
// chosen so that October (序时进度 10/12) is ahead or behind for every indicator of those four,
// whatever the noise; rounding towards their side keeps small quotas (1 or 2) from flipping them.
export const COUNTY_PACE: Record<string, Pace> = {
  xianyou: { low: 1.15, high: 1.3, rounding: "up" },
  licheng: { low: 1.12, high: 1.25, rounding: "up" },
  chengxiang: { low: 0.95, high: 1.1, rounding: "nearest" },
  hanjiang: { low: 0.9, high: 1.05, rounding: "nearest" },
  xiuyu: { low: 0.85, high: 1.0, rounding: "nearest" },
  beian: { low: 0.55, high: 0.75, rounding: "down" },
  meizhou: { low: 0.5, high: 0.7, rounding: "down" },
};
const DEPARTMENT_PACE: Pace = { low: 0.9, high: 1.1, rounding: "nearest" };

export const AHEAD_COUNTIES = ["xianyou", "licheng"];
export const BEHIND_COUNTIES = ["beian", "meizhou"];

export const paceOf = (unitCode: string, isCounty: boolean): Pace =>
  isCounty ? (COUNTY_PACE[unitCode] ?? DEPARTMENT_PACE) : DEPARTMENT_PACE;

/** What a RATE or RATIO is a share of, sized by the county (the city as a whole for a department). */
function baseOf(indicator: DutyIndicator, unitCode: string): { denominator: number; step: number } {
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

function quantise(amount: number, step: number, rounding: Pace["rounding"]): number {
  const steps = amount / step;
  // The small epsilon keeps 4.0000000001 from rounding up to 5.
  const whole =
    rounding === "up" ? Math.ceil(steps - 1e-9) : rounding === "down" ? Math.floor(steps + 1e-9) : Math.round(steps);
  return Number((whole * step).toFixed(4));
}

/**
 * Completion (0–1) at the end of each month 1..months: pace × 序时进度 with a little noise, never
 * above 1 and never below the month before.
 */
export function completionSeries(random: Random, pace: Pace, months: number): number[] {
  const speed = random.between(pace.low, pace.high);
  const series: number[] = [];
  for (let month = 1; month <= months; month++) {
    const raw = Math.min(1, speed * (month / 12) * random.between(0.95, 1.05));
    series.push(Math.max(raw, series.at(-1) ?? 0));
  }
  return series;
}

/** One indicator's cumulative values for months 1..months, in the form its kind is reported in. */
export function valueSeries(
  random: Random,
  indicator: DutyIndicator,
  unitCode: string,
  pace: Pace,
  months: number,
): DemoValue[] {
  const series = completionSeries(random, pace, months);
  const empty = { indicatorId: indicator.id, value: null, numerator: null, denominator: null, done: null };
  if (indicator.kind === "MILESTONE") return series.map((completion) => ({ ...empty, done: completion >= 1 }));
  if (indicator.kind === "SUM") {
    const step = Number.isInteger(indicator.target) ? 1 : 0.01;
    return series.map((completion) => ({
      ...empty,
      value: quantise(indicator.target * completion, step, pace.rounding),
    }));
  }
  const { denominator, step } = baseOf(indicator, unitCode);
  const share = indicator.kind === "RATE" ? indicator.target / 100 : indicator.target;
  return series.map((completion) => {
    const numerator = quantise(denominator * share * completion, step, pace.rounding);
    return {
      ...empty,
      numerator: indicator.kind === "RATE" ? Math.min(numerator, denominator) : numerator,
      denominator,
    };
  });
}

/** Completion of a reported value against its quota or target; null when there is nothing to complete. */
export function completionOf(indicator: Pick<DutyIndicator, "kind" | "target">, value: DemoValue): number | null {
  if (indicator.target <= 0) return null;
  if (indicator.kind === "SUM") return (value.value ?? 0) / indicator.target;
  if (indicator.kind === "MILESTONE") return value.done ? 1 : 0;
  if (!value.denominator) return null;
  const achieved = value.numerator! / value.denominator;
  return indicator.kind === "RATE" ? (achieved * 100) / indicator.target : achieved / indicator.target;
}
