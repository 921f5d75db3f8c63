// The oracle the SQL is checked against: each reporting unit's latest approved month found in
// JavaScript, then the sums (addSums) and the formulas of lib/dashboard/progress-maths.ts.
import type { Status, Sums, Thresholds } from "@/lib/dashboard/progress-types";
import {
  achievedOf,
  addSums,
  completionOf,
  emptySums,
  rollUp,
  statusOf,
  timeProgressOf,
} from "@/lib/dashboard/progress-maths";
import type { RawIndicator, RawPlan } from "./progress-raw";

export type OracleUnit = {
  unitId: number;
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  reportPeriod: string | null;
  reportId: number | null;
};
export type OracleIndicator = {
  id: number;
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  units: OracleUnit[];
};
export type OracleNode = { no: number; completion: number | null; status: Status | null };
export type OracleCounty = { unitId: number; code: string; completion: number | null; rank: number | null };

const hasValue = (kind: RawIndicator["kind"], v: RawPlan["approved"][number]["values"][number]) =>
  kind === "SUM"
    ? v.value !== null
    : kind === "MILESTONE"
      ? v.done !== null
      : v.numerator !== null && v.denominator !== null;

const approvedByUnit = new WeakMap<RawPlan, Map<number, RawPlan["approved"]>>();

function approvedOf(raw: RawPlan, unitId: number): RawPlan["approved"] {
  if (!approvedByUnit.has(raw)) {
    const byUnit = new Map<number, RawPlan["approved"]>();
    for (const report of raw.approved) byUnit.set(report.unitId, [...(byUnit.get(report.unitId) ?? []), report]);
    approvedByUnit.set(raw, byUnit);
  }
  return approvedByUnit.get(raw)!.get(unitId) ?? [];
}

/** The unit's latest approved month up to the period that carries a value of the indicator. */
function latestValue(raw: RawPlan, indicator: RawIndicator, unitId: number, period: string) {
  let best: { period: string; reportId: number; sums: Sums } | null = null;
  for (const report of approvedOf(raw, unitId)) {
    if (report.period > period || (best && best.period >= report.period)) continue;
    const v = report.values.find(
      (candidate) => candidate.indicatorId === indicator.id && hasValue(indicator.kind, candidate),
    );
    if (!v) continue;
    const sums = {
      value: v.value ?? 0,
      numerator: v.numerator ?? 0,
      denominator: v.denominator ?? 0,
      done: v.done ? 1 : 0,
      due: 1,
      reported: 1,
    };
    best = { period: report.period, reportId: report.id, sums };
  }
  return best;
}

function indicatorOracle(
  raw: RawPlan,
  indicator: RawIndicator,
  leadUnitId: number,
  period: string,
  thresholds: Thresholds,
): OracleIndicator {
  const time = timeProgressOf(period, indicator.schedule.length === 12 ? indicator.schedule : null);
  const reporters = indicator.quotas.length > 0 ? indicator.quotas : [{ unitId: leadUnitId, target: indicator.target }];
  let total = emptySums();
  const units = reporters.map(({ unitId, target }) => {
    const latest = latestValue(raw, indicator, unitId, period);
    const sums = latest?.sums ?? { ...emptySums(), due: 1 };
    total = addSums(total, sums);
    const achieved = achievedOf(indicator.kind, sums);
    const completion = completionOf(indicator.kind, indicator.direction, target, achieved);
    return {
      unitId,
      achieved,
      completion,
      status: statusOf(completion, time, thresholds, indicator.direction),
      reportPeriod: latest?.period ?? null,
      reportId: latest?.reportId ?? null,
    };
  });
  const achieved = achievedOf(indicator.kind, total);
  const completion = completionOf(indicator.kind, indicator.direction, indicator.target, achieved);
  return {
    id: indicator.id,
    achieved,
    completion,
    status: statusOf(completion, time, thresholds, indicator.direction),
    units,
  };
}

export function oracleProgress(raw: RawPlan, period: string, thresholds: Thresholds) {
  const time = timeProgressOf(period);
  const node = (no: number, completion: number | null): OracleNode => ({
    no,
    completion,
    status: statusOf(completion, time, thresholds),
  });
  const indicators = new Map<number, OracleIndicator & { weight: number }>();
  const points = raw.points.map((point) => {
    const mine = point.indicators.map((indicator) => ({
      ...indicatorOracle(raw, indicator, point.leadUnitId, period, thresholds),
      weight: indicator.weight,
    }));
    for (const indicator of mine) indicators.set(indicator.id, indicator);
    return { ...node(point.no, rollUp(mine)), weight: point.weight, sectionNo: point.section.no };
  });
  const sections = raw.sections.map((section) => ({
    ...node(section.no, rollUp(points.filter((point) => point.sectionNo === section.no))),
    weight: section.weight,
  }));
  const plan = node(0, rollUp(sections));
  const completions = raw.counties.map((county) => {
    const quotas = [...indicators.values()].flatMap((indicator) =>
      indicator.units
        .filter((unit) => unit.unitId === county.id)
        .map((unit) => ({ completion: unit.completion, weight: indicator.weight })),
    );
    return { unitId: county.id, code: county.code, completion: rollUp(quotas) };
  });
  // Competition ranking by hand: one more than the counties strictly ahead (a billionth is a tie).
  const counties: OracleCounty[] = completions.map((county) => ({
    ...county,
    rank:
      county.completion === null
        ? null
        : 1 +
          completions.filter((other) => other.completion !== null && other.completion > county.completion! + 1e-9)
            .length,
  }));
  return { timeProgress: time, indicators, points, sections, plan, counties };
}
