// The formulas applied to the sums PostgreSQL returns: the one oracle for every progress number.
import type { PortalEnv } from "@/lib/env";
import type { AggregationKind, Direction, ProgressRule } from "@/lib/generated/prisma/enums";
import type { BaselineParts, Status, Sums, Thresholds } from "@/lib/dashboard/progress-types";

export const DEFAULT_THRESHOLDS: Thresholds = { ahead: 0.1, behind: 0.1, seriouslyBehind: 0.3 };

/** Thresholds are configured in percentage points (PROGRESS_AHEAD=10, lib/env.ts), kept as fractions (0.1). */
export const thresholdsOf = (env: PortalEnv): Thresholds => ({
  ahead: env.PROGRESS_AHEAD / 100,
  behind: env.PROGRESS_BEHIND / 100,
  seriouslyBehind: env.PROGRESS_SERIOUSLY_BEHIND / 100,
});

export const emptySums = (): Sums => ({ value: 0, numerator: 0, denominator: 0, done: 0, due: 0, reported: 0 });

export const addSums = (a: Sums, b: Sums): Sums => ({
  value: a.value + b.value,
  numerator: a.numerator + b.numerator,
  denominator: a.denominator + b.denominator,
  done: a.done + b.done,
  due: a.due + b.due,
  reported: a.reported + b.reported,
});

/** Nothing approved is unknown (null), not zero progress. Rates divide the sums, never average percentages. */
export function achievedOf(kind: AggregationKind, sums: Sums): number | null {
  if (sums.reported <= 0) return null;
  switch (kind) {
    case "SUM":
      return sums.value;
    case "RATE":
      return sums.denominator === 0 ? null : (sums.numerator / sums.denominator) * 100;
    case "RATIO":
      return sums.denominator === 0 ? null : sums.numerator / sums.denominator;
    case "MILESTONE":
      return sums.due === 0 ? null : sums.done / sums.due;
  }
}

export function completionOf(
  kind: AggregationKind,
  direction: Direction,
  target: number,
  achieved: number | null,
): number | null {
  const goal = kind === "MILESTONE" ? 1 : target;
  if (achieved === null || !(goal > 0)) return null;
  if (direction === "AT_MOST") return achieved <= goal ? 1 : goal / achieved;
  return achieved / goal;
}

export function monthOf(period: string): number {
  const match = /^\d{4}-(0[1-9]|1[0-2])$/.exec(period);
  if (!match) throw new Error(`期间格式应为 YYYY-MM，当前为“${period}”`);
  return Number(match[1]);
}

/** 序时进度 at the end of the period: month/12, or the indicator's own cumulative schedule. */
export function timeProgressOf(period: string, schedule?: number[] | null): number {
  const month = monthOf(period);
  if (schedule === undefined || schedule === null) return month / 12;
  const valid =
    schedule.length === 12 &&
    schedule.every((f, i) => Number.isFinite(f) && f >= 0 && f <= 1 && (i === 0 || f >= schedule[i - 1]));
  if (!valid) throw new Error("序时进度计划应为 12 个不递减、介于 0 和 1 之间的累计比例");
  return schedule[month - 1];
}

/** How an indicator is expected to move through its year (the words of the plan, confirmed by the supervisor). */
export type RuleSpec = {
  rule: ProgressRule;
  kind: AggregationKind;
  /** CURVE: 12 cumulative fractions. */
  schedule?: number[] | null;
  /** BY_DATE: the day it is due, "2022-06-30". */
  dueOn?: string | null;
};

/**
 * The month of the period's year a BY_DATE indicator is due in: 6 for "2022-06-30" in 2022, 0 or less
 * when it fell due in an earlier year, past 12 when it falls due in a later one.
 */
export function dueMonthOf(period: string, dueOn: string): number {
  const [year, month] = dueOn.split("-").map(Number);
  return (year - Number(period.slice(0, 4))) * 12 + month;
}

/** f(m): the share of the way from baseline to target expected by the end of the period. */
export function shareOf(spec: RuleSpec, period: string): number {
  const month = monthOf(period);
  switch (spec.rule) {
    case "LEVEL":
      return 1;
    case "CURVE":
      return timeProgressOf(period, spec.schedule && spec.schedule.length > 0 ? spec.schedule : null);
    case "BY_DATE": {
      // Without a date, "by the end of the year".
      const due = spec.dueOn ? dueMonthOf(period, spec.dueOn) : 12;
      if (due <= 0) return 1;
      if (spec.kind === "MILESTONE") return month >= due ? 1 : 0;
      return Math.min(1, month / due);
    }
    case "LINEAR":
      return month / 12;
  }
}

/** Months left, after the period, to reach the target: to the due month for BY_DATE, else to December. */
export function monthsLeftOf(spec: RuleSpec, period: string): number {
  const end = spec.rule === "BY_DATE" && spec.dueOn ? Math.min(12, dueMonthOf(period, spec.dueOn)) : 12;
  return Math.max(0, end - monthOf(period));
}

/**
 * Expected progress at share f from baseline b toward target t, as a completion (b + (t − b)·f) ÷ t.
 * A limit (AT_MOST) must hold all year: it is measured against the whole target (1).
 */
export function expectedOf(baseline: number, target: number, share: number, direction: Direction = "AT_LEAST") {
  if (direction === "AT_MOST") return 1;
  if (!(target > 0)) return share;
  return (baseline + (target - baseline) * share) / target;
}

/** A unit's 年初值 in the indicator's measure; a unit without one starts at 0. */
export function baselineOf(kind: AggregationKind, baseline: BaselineParts | null | undefined): number {
  if (!baseline) return 0;
  if (kind === "SUM") return baseline.value ?? 0;
  if (kind === "RATE" || kind === "RATIO") {
    const { numerator, denominator } = baseline;
    if (numerator === null || denominator === null || !(denominator > 0)) return 0;
    return (numerator / denominator) * (kind === "RATE" ? 100 : 1);
  }
  return 0;
}

/** The city's 年初值 over the units that report: Σ for a SUM, Σ numerators ÷ Σ denominators for a rate. */
export function cityBaselineOf(kind: AggregationKind, baselines: (BaselineParts | null | undefined)[]): number {
  if (kind === "SUM") return baselines.reduce((total, b) => total + baselineOf(kind, b), 0);
  if (kind !== "RATE" && kind !== "RATIO") return 0;
  let numerator = 0;
  let denominator = 0;
  for (const b of baselines) {
    if (!b || b.numerator === null || b.denominator === null) continue;
    numerator += b.numerator;
    denominator += b.denominator;
  }
  return baselineOf(kind, { value: null, numerator, denominator });
}

// 0.7 − 0.8 is −0.10000000000000009 in binary floating point; a person reads it as exactly −10 points.
const roundFraction = (x: number) => Math.round(x * 1e9) / 1e9;

/** Completion against expected progress (序时进度): both as fractions of the target. */
export function statusOf(
  completion: number | null,
  expected: number,
  thresholds: Thresholds,
  direction: Direction = "AT_LEAST",
): Status | null {
  if (completion === null) return null;
  // A limit must hold all year, so it is measured against the whole target, not against the calendar.
  const gap = roundFraction(completion - (direction === "AT_MOST" ? 1 : expected));
  if (gap > thresholds.ahead) return "AHEAD";
  if (gap >= -thresholds.behind) return "ON_TRACK";
  if (gap >= -thresholds.seriouslyBehind) return "BEHIND";
  return "SERIOUSLY_BEHIND";
}

// 134.99999999999997 个 is 135 个: the guard keeps a floating-point shortfall from losing a whole thing.
const floorWhole = (x: number) => Math.floor(x + 1e-9);
const ceilWhole = (x: number) => Math.ceil(x - 1e-9);

/** Year-end value at the current pace from the baseline, b + (a − b) ÷ f, in the indicator's unit. */
export function forecastOf(
  kind: AggregationKind,
  achieved: number | null,
  share: number,
  baseline = 0,
  wholeNumbers = false,
): number | null {
  if (kind === "MILESTONE" || achieved === null || share <= 0) return null;
  const forecast = baseline + (achieved - baseline) / share;
  if (kind === "RATE") return Math.min(forecast, 100);
  return wholeNumbers ? floorWhole(forecast) : forecast;
}

/** What each month after the period must add to reach a SUM target (whole things round up). */
export function neededPerMonthOf(
  kind: AggregationKind,
  target: number,
  achieved: number | null,
  monthsLeft: number,
  wholeNumbers = false,
) {
  if (kind !== "SUM" || achieved === null || monthsLeft <= 0) return null;
  const needed = Math.max(0, target - achieved) / monthsLeft;
  return wholeNumbers ? ceilWhole(needed) : needed;
}

/**
 * A minimum for every county (每个县区不少于2家): each county counts up to its minimum, so one
 * county's surplus never hides another's zero. A county with nothing approved counts 0.
 */
export function minimumCompletionOf(units: { achieved: number | null; quota: number }[]): number | null {
  const minimum = units.reduce((total, unit) => total + unit.quota, 0);
  if (!(minimum > 0) || units.every((unit) => unit.achieved === null)) return null;
  return units.reduce((total, unit) => total + Math.min(unit.achieved ?? 0, unit.quota), 0) / minimum;
}

/** Expected progress of a minimum for every county: Σ min(m, b + (m − b)·f) ÷ Σ m. */
export function minimumExpectedOf(units: { baseline: number; quota: number }[], share: number): number {
  const minimum = units.reduce((total, unit) => total + unit.quota, 0);
  if (!(minimum > 0)) return share;
  const expected = units.reduce(
    (total, unit) => total + Math.min(unit.quota, unit.baseline + (unit.quota - unit.baseline) * share),
    0,
  );
  return expected / minimum;
}

/** Units that meet their own quota (a completion of 100%), for "4/7 个县区达标". */
export const unitsMetOf = (units: { completion: number | null }[]) =>
  units.filter((unit) => unit.completion !== null && roundFraction(unit.completion) >= 1).length;

/** Weighted mean of the completions that exist; items without a completion do not count as zero. */
export function rollUp(items: { completion: number | null; weight: number }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { completion, weight } of items) {
    if (!Number.isFinite(weight) || weight < 0) throw new Error(`权重应为不小于 0 的数，当前为 ${weight}`);
    if (completion === null) continue;
    total += completion * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}

/**
 * Expected progress rolled up with the same weights over the same items as rollUp (those with a
 * completion), so a level rate at 100% in January is 正常 at its point, not 超前 against 1 ÷ 12.
 */
export function rollUpExpected(items: { completion: number | null; expected: number | null; weight: number }[]) {
  return rollUp(
    items
      .filter((item) => item.completion !== null && item.expected !== null)
      .map((item) => ({ completion: item.expected, weight: item.weight })),
  );
}

/** Competition ranking (1, 2, 2, 4) by completion, best first; input order is kept. */
export function rankByCompletion<T extends { completion: number | null }>(rows: T[]): (T & { rank: number | null })[] {
  const ranked = rows.filter((r) => r.completion !== null).map((r) => roundFraction(r.completion as number));
  return rows.map((row) => {
    if (row.completion === null) return { ...row, rank: null };
    const mine = roundFraction(row.completion);
    return { ...row, rank: 1 + ranked.filter((c) => c > mine).length };
  });
}

export function statusCountsOf(statuses: (Status | null)[]): Record<Status | "NONE", number> {
  const counts: Record<Status | "NONE", number> = { AHEAD: 0, ON_TRACK: 0, BEHIND: 0, SERIOUSLY_BEHIND: 0, NONE: 0 };
  for (const status of statuses) counts[status ?? "NONE"] += 1;
  return counts;
}

export const onTimeRateOf = (onTime: number, due: number): number | null => (due > 0 ? onTime / due : null);
