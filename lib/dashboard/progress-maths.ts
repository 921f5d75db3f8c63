// The formulas applied to the sums PostgreSQL returns: the one oracle for every progress number.
import type { PortalEnv } from "@/lib/env";
import type { AggregationKind, Direction } from "@/lib/generated/prisma/enums";
import type { Status, Sums, Thresholds } from "@/lib/dashboard/progress-types";

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

function monthOf(period: string): number {
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

// 0.7 − 0.8 is −0.10000000000000009 in binary floating point; a person reads it as exactly −10 points.
const roundFraction = (x: number) => Math.round(x * 1e9) / 1e9;

export function statusOf(
  completion: number | null,
  timeProgress: number,
  thresholds: Thresholds,
  direction: Direction = "AT_LEAST",
): Status | null {
  if (completion === null) return null;
  // A limit must hold all year, so it is measured against the whole target, not against the calendar.
  const gap = roundFraction(completion - (direction === "AT_MOST" ? 1 : timeProgress));
  if (gap > thresholds.ahead) return "AHEAD";
  if (gap >= -thresholds.behind) return "ON_TRACK";
  if (gap >= -thresholds.seriouslyBehind) return "BEHIND";
  return "SERIOUSLY_BEHIND";
}

/** Year-end value at the current pace, in the indicator's unit. */
export function forecastOf(kind: AggregationKind, achieved: number | null, timeProgress: number): number | null {
  if (kind === "MILESTONE" || achieved === null || timeProgress <= 0) return null;
  const forecast = achieved / timeProgress;
  return kind === "RATE" ? Math.min(forecast, 100) : forecast;
}

/** What each month after the period must add to reach a SUM target. */
export function neededPerMonthOf(kind: AggregationKind, target: number, achieved: number | null, period: string) {
  const monthsLeft = 12 - monthOf(period);
  if (kind !== "SUM" || achieved === null || monthsLeft === 0) return null;
  return Math.max(0, target - achieved) / monthsLeft;
}

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
