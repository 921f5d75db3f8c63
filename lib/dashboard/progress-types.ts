// The shape of the plan's progress for one period: what the dashboards render, the Excel export
// writes and GET /api/v1/plans/<year>/progress returns. Fractions are numbers (0.833 for 83.3%).
import type { AggregationKind, Direction, ProgressRule, QuotaMode, ReportState } from "@/lib/generated/prisma/enums";

export type Status = "AHEAD" | "ON_TRACK" | "BEHIND" | "SERIOUSLY_BEHIND";

/** Completion minus time progress, in fractions: ahead above `ahead`, seriously behind below -`seriouslyBehind`. */
export type Thresholds = { ahead: number; behind: number; seriouslyBehind: number };

/** Approved cumulative values of one indicator, summed over some units by PostgreSQL. */
export type Sums = {
  /** SUM: Σ value */
  value: number;
  /** RATE / RATIO: Σ numerator and Σ denominator */
  numerator: number;
  denominator: number;
  /** MILESTONE: units done, units due */
  done: number;
  due: number;
  /** How many units' approved values went into the sums (0: nothing approved yet). */
  reported: number;
};

/** A unit's 年初值 as stored: a value for a SUM, a numerator and denominator for a rate or ratio. */
export type BaselineParts = { value: number | null; numerator: number | null; denominator: number | null };

export type UnitProgress = {
  unitId: number;
  unitCode: string;
  unit: string;
  quota: number;
  /** The unit's 年初值 (0 without one) and its expected progress against its quota (序时进度). */
  baseline: number;
  expected: number;
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  /** Where the unit ends the year at its current pace (whole things rounded down). */
  forecast: number | null;
  /** The approved report the achieved value comes from (the unit's latest approved month up to the period). */
  reportId: number | null;
  reportPeriod: string | null;
};

export type IndicatorProgress = {
  id: number;
  name: string;
  unit: string;
  kind: AggregationKind;
  direction: Direction;
  target: number;
  weight: number;
  rule: ProgressRule;
  /** BY_DATE: the day it is due ("2022-06-30"). */
  dueOn: string | null;
  wholeNumbers: boolean;
  quotaMode: QuotaMode;
  /** f(m): the share of the way from baseline to target expected by the period (its rule). */
  timeProgress: number;
  /** The city's 年初值 over the units that report; null when none was set. */
  baseline: number | null;
  /** 序时进度: the completion expected by the period, (b + (t − b)·f) ÷ t (1 for a limit). */
  expected: number;
  /** Achieved: Σ over the units (for a minimum for every county, Σ of what each achieved). */
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  /** Where the year ends at the current pace (in the indicator's unit), and that against the target. */
  forecast: number | null;
  forecastCompletion: number | null;
  /** What each remaining month must add to reach the target (SUM only; 0 when reached). */
  neededPerMonth: number | null;
  /** A minimum for every county, or the same target for each: how many units meet their own ("4/7 个县区达标"). */
  unitsMet: number | null;
  unitsTotal: number | null;
  units: UnitProgress[];
};

export type PointProgress = {
  id: number;
  no: number;
  title: string;
  sectionNo: number;
  leadUnitCode: string;
  leadUnit: string;
  weight: number;
  /** null for a point without indicators (qualitative: followed through its reports, not a number). */
  completion: number | null;
  /** Its indicators' expected progress, weighted as their completions. */
  expected: number | null;
  status: Status | null;
  indicators: IndicatorProgress[];
};

export type SectionProgress = {
  no: number;
  title: string;
  weight: number;
  completion: number | null;
  expected: number | null;
  status: Status | null;
};

export type CountyProgress = {
  unitId: number;
  code: string;
  name: string;
  /** Mean completion over the county's quotas, and their expected progress weighted alike. */
  completion: number | null;
  expected: number | null;
  status: Status | null;
  /** Reports due by the period that were submitted by their due date (extensions counted), of all due. */
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
  overdueReports: number;
  /** The county's reports of the period not yet approved. */
  pendingReports: number;
  /** 1 = best completion; ties share a rank; null without any completion. */
  rank: number | null;
};

export type OverdueReport = {
  unitCode: string;
  unit: string;
  pointNo: number;
  pointTitle: string;
  period: string;
  /** null: not started at all. */
  state: ReportState | null;
  reportId: number | null;
  /**
   * Sent to the city at least once. A report that has not (a draft, awaiting sign-off, sent back by
   * its own county) is the county's business: the city sees that it is late, not the report.
   */
  reachedCity: boolean;
  dueAt: string;
  /** Whole days past the due day, on the day the list was computed. */
  daysLate: number;
};

export type PlanProgress = {
  year: number;
  period: string;
  /** The calendar's share of the year (month ÷ 12), for the page header; statuses compare with `expected`. */
  timeProgress: number;
  thresholds: Thresholds;
  /** Reports of the period not yet approved (of those expected): missing reports are not zero progress. */
  pendingReports: number;
  expectedReports: number;
  approvedReports: number;
  plan: { completion: number | null; expected: number | null; status: Status | null };
  /** Indicators by status (NONE: nothing approved yet). */
  statusCounts: Record<Status | "NONE", number>;
  /** 已办结 (办结销号) by the period: the units' parts of indicators and of points closed and not reopened. */
  closed: { indicators: number; points: number };
  sections: SectionProgress[];
  points: PointProgress[];
  counties: CountyProgress[];
  overdue: OverdueReport[];
  /** The data version the numbers were computed from, and when. */
  dataVersion: string;
  computedAt: string;
};
