// The oracle the SQL is checked against: each reporting unit's latest approved month found in
// JavaScript, then the sums (addSums) and the formulas of lib/dashboard/progress-maths.ts.
import type { Status, Sums, Thresholds } from "@/lib/dashboard/progress-types";
import {
  achievedOf,
  addSums,
  baselineOf,
  cityBaselineOf,
  completionOf,
  emptySums,
  expectedOf,
  forecastOf,
  minimumCompletionOf,
  minimumExpectedOf,
  rollUp,
  rollUpExpected,
  shareOf,
  statusOf,
  timeProgressOf,
  unitsMetOf,
} from "@/lib/dashboard/progress-maths";
import type { RawIndicator, RawPlan } from "./progress-raw";

export type OracleUnit = {
  unitId: number;
  quota: number;
  expected: number;
  forecast: number | null;
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  reportPeriod: string | null;
  reportId: number | null;
};
export type OracleIndicator = {
  id: number;
  target: number;
  baseline: number | null;
  expected: number;
  achieved: number | null;
  completion: number | null;
  status: Status | null;
  forecast: number | null;
  unitsMet: number | null;
  unitsTotal: number | null;
  units: OracleUnit[];
};
export type OracleNode = { no: number; completion: number | null; expected: number | null; status: Status | null };
export type OracleCounty = {
  unitId: number;
  code: string;
  completion: number | null;
  expected: number | null;
  status: Status | null;
  rank: number | null;
};

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
  const { kind, direction, wholeNumbers, quotaMode } = indicator;
  const share = shareOf(indicator, period);
  const reporters = indicator.quotas.length > 0 ? indicator.quotas : [{ unitId: leadUnitId, target: indicator.target }];
  const partsOf = (unitId: number) => indicator.baselines.find((row) => row.unitId === unitId) ?? null;
  let total = emptySums();
  const units = reporters.map(({ unitId, target }) => {
    const latest = latestValue(raw, indicator, unitId, period);
    const sums = latest?.sums ?? { ...emptySums(), due: 1 };
    total = addSums(total, sums);
    const achieved = achievedOf(kind, sums);
    const completion = completionOf(kind, direction, target, achieved);
    const baseline = baselineOf(kind, partsOf(unitId));
    const expected = expectedOf(baseline, target, share, direction);
    return {
      unitId,
      quota: target,
      baseline,
      expected,
      forecast: forecastOf(kind, achieved, share, baseline, wholeNumbers),
      achieved,
      completion,
      status: statusOf(completion, expected, thresholds, direction),
      reportPeriod: latest?.period ?? null,
      reportId: latest?.reportId ?? null,
    };
  });
  const split = indicator.quotas.length > 0;
  const target =
    split && kind === "SUM" && quotaMode === "SAME" ? units.reduce((t, unit) => t + unit.quota, 0) : indicator.target;
  const minimum = split && quotaMode === "MINIMUM" && kind === "SUM" && direction === "AT_LEAST";
  const baseline = cityBaselineOf(
    kind,
    reporters.map((reporter) => partsOf(reporter.unitId)),
  );
  const achieved = achievedOf(kind, total);
  const completion = minimum ? minimumCompletionOf(units) : completionOf(kind, direction, target, achieved);
  const expected = minimum ? minimumExpectedOf(units, share) : expectedOf(baseline, target, share, direction);
  const countsUnits = split && (quotaMode === "MINIMUM" || quotaMode === "SAME");
  return {
    id: indicator.id,
    target,
    baseline: reporters.some((reporter) => partsOf(reporter.unitId) !== null) ? baseline : null,
    expected,
    achieved,
    completion,
    status: statusOf(completion, expected, thresholds, direction),
    forecast: minimum ? null : forecastOf(kind, achieved, share, baseline, wholeNumbers),
    unitsMet: countsUnits ? unitsMetOf(units) : null,
    unitsTotal: countsUnits ? units.length : null,
    units,
  };
}

export function oracleProgress(raw: RawPlan, period: string, thresholds: Thresholds) {
  const time = timeProgressOf(period);
  const node = (no: number, items: { completion: number | null; expected: number | null; weight: number }[]) => {
    const completion = rollUp(items);
    const expected = rollUpExpected(items);
    return { no, completion, expected, status: statusOf(completion, expected ?? time, thresholds) } as OracleNode;
  };
  const indicators = new Map<number, OracleIndicator & { weight: number }>();
  const points = raw.points.map((point) => {
    const mine = point.indicators.map((indicator) => ({
      ...indicatorOracle(raw, indicator, point.leadUnitId, period, thresholds),
      weight: indicator.weight,
    }));
    for (const indicator of mine) indicators.set(indicator.id, indicator);
    return { ...node(point.no, mine), weight: point.weight, sectionNo: point.section.no };
  });
  const sections = raw.sections.map((section) => ({
    ...node(
      section.no,
      points.filter((point) => point.sectionNo === section.no),
    ),
    weight: section.weight,
  }));
  const plan = node(0, sections);
  const completions = raw.counties.map((county) => {
    const quotas = [...indicators.values()].flatMap((indicator) =>
      indicator.units
        .filter((unit) => unit.unitId === county.id)
        .map((unit) => ({ completion: unit.completion, expected: unit.expected, weight: indicator.weight })),
    );
    return {
      unitId: county.id,
      code: county.code,
      completion: rollUp(quotas),
      expected: rollUpExpected(quotas),
      status: statusOf(rollUp(quotas), rollUpExpected(quotas) ?? time, thresholds),
    };
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
