// Who runs ahead and who lags in the simulated demo history, and the shapes its values take.
import type { ProgressRule, QuotaMode } from "@/lib/generated/prisma/enums";
import type { DutyIndicator } from "@/lib/reports/duties";

export type Side = "ahead" | "middle" | "behind";

/**
 * Pace = completion ÷ 序时进度 for growing indicators; side says where a county holds a level; firstArrival
 * is the month range in which it registers the first institution of a minimum it must meet.
 */
export type Pace = {
  low: number;
  high: number;
  rounding: "up" | "down" | "nearest";
  side: Side;
  firstArrival: [number, number];
};

// Xianyou and Licheng run ahead of expected progress all year; Meizhou and Beian (the smallest units) fall
// behind it; the other three stay around it. The bounds are chosen so that October is ahead or behind for every
// indicator of those four, whatever the noise; rounding towards their side keeps small quotas (1 or 2) from
// flipping them. Meizhou has not found a 社工机构 willing to come by October; Beian found its first late.
export const COUNTY_PACE: Record<string, Pace> = {
  xianyou: { low: 1.15, high: 1.3, rounding: "up", side: "ahead", firstArrival: [1, 3] },
  licheng: { low: 1.12, high: 1.25, rounding: "up", side: "ahead", firstArrival: [1, 3] },
  chengxiang: { low: 0.95, high: 1.1, rounding: "nearest", side: "middle", firstArrival: [3, 6] },
  hanjiang: { low: 0.9, high: 1.05, rounding: "nearest", side: "middle", firstArrival: [3, 7] },
  xiuyu: { low: 0.85, high: 1.0, rounding: "nearest", side: "middle", firstArrival: [4, 8] },
  beian: { low: 0.55, high: 0.75, rounding: "down", side: "behind", firstArrival: [7, 10] },
  meizhou: { low: 0.5, high: 0.7, rounding: "down", side: "behind", firstArrival: [11, 14] },
};
const DEPARTMENT_PACE: Pace = { low: 0.9, high: 1.1, rounding: "nearest", side: "middle", firstArrival: [3, 7] };

export const AHEAD_COUNTIES = ["xianyou", "licheng"];
export const BEHIND_COUNTIES = ["beian", "meizhou"];

export const paceOf = (unitCode: string, isCounty: boolean): Pace =>
  isCounty ? (COUNTY_PACE[unitCode] ?? DEPARTMENT_PACE) : DEPARTMENT_PACE;

export type DemoValue = {
  indicatorId: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  done: boolean | null;
  /** Why a value fell below the month before: the portal asks for one, and flags the value to the reviewers. */
  explanation: string;
  implausible: boolean;
};

/** 年初值 of one unit on one indicator: a value (SUM), or a rate's or ratio's parts. */
export type DemoBaseline = { value: number | null; numerator: number | null; denominator: number | null };

/** A duty's indicator with how it is measured, and the 年初值 the plan already holds for the unit, if any. */
export type HistoryIndicator = DutyIndicator & {
  rule: ProgressRule;
  quotaMode: QuotaMode;
  wholeNumbers: boolean;
  baseline: DemoBaseline | null;
};
