// One indicator's progress, city-wide and per reporting unit, from the sums PostgreSQL returned and
// the indicator's rule, baselines and quota mode.
import { dayOfDateColumn } from "@/lib/time/days";
import type { BaselineParts, IndicatorProgress, Sums, Thresholds, UnitProgress } from "./progress-types";
import type { PlanTree } from "./plan-structure";
import type { SumsRow } from "./progress-sql";
import {
  achievedOf,
  baselineOf,
  cityBaselineOf,
  completionOf,
  emptySums,
  expectedOf,
  forecastOf,
  minimumCompletionOf,
  minimumExpectedOf,
  monthsLeftOf,
  neededPerMonthOf,
  type RuleSpec,
  shareOf,
  statusOf,
  unitsMetOf,
} from "./progress-maths";

type IndicatorRecord = PlanTree["points"][number]["indicators"][number];
type Unit = { id: number; code: string; name: string };

export type SumsIndex = Map<string, SumsRow>;

export const sumsKey = (indicatorId: number, unitId: number | null) => `${indicatorId}:${unitId ?? "all"}`;

export const indexSums = (rows: SumsRow[]): SumsIndex =>
  new Map(rows.map((row) => [sumsKey(row.indicatorId, row.unitId), row]));

/** A MILESTONE is due from every reporting unit, whether or not it has reported. */
function sumsOf(row: SumsRow | undefined, due: number): Sums {
  if (!row) return { ...emptySums(), due };
  return {
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    done: row.done,
    due,
    reported: row.reported,
  };
}

/** What the expected progress of an indicator depends on: its rule, target, quotas and baselines. */
export type MeasureFields = Pick<
  IndicatorRecord,
  "rule" | "kind" | "direction" | "schedule" | "dueOn" | "target" | "quotaMode" | "baselines"
> & { quotas: { unitId: number; target: { toNumber(): number } }[] };

/**
 * The indicator's rule as the maths reads it. A 12-month schedule saved on the weights page (which
 * sets the schedule, not the rule) is the indicator's curve.
 */
export const ruleSpecOf = (indicator: Pick<MeasureFields, "rule" | "kind" | "schedule" | "dueOn">): RuleSpec => ({
  rule: indicator.rule === "LINEAR" && indicator.schedule.length === 12 ? "CURVE" : indicator.rule,
  kind: indicator.kind,
  schedule: indicator.schedule,
  dueOn: indicator.dueOn ? dayOfDateColumn(indicator.dueOn) : null,
});

const baselinePartsOf = (row: MeasureFields["baselines"][number] | undefined): BaselineParts | null =>
  row
    ? {
        value: row.value?.toNumber() ?? null,
        numerator: row.numerator?.toNumber() ?? null,
        denominator: row.denominator?.toNumber() ?? null,
      }
    : null;

/**
 * The city's measure of an indicator in a period: who reports it against what quota and from what
 * baseline, the target the city figure is measured against, and the expected progress (序时进度).
 */
export function cityMeasureOf(indicator: MeasureFields, leadUnitId: number, period: string) {
  const { kind, direction, quotaMode } = indicator;
  const spec = ruleSpecOf(indicator);
  const share = shareOf(spec, period);
  const hasQuotas = indicator.quotas.length > 0;
  const reporters = (
    hasQuotas
      ? indicator.quotas.map((quota) => ({ unitId: quota.unitId, quota: quota.target.toNumber() }))
      : [{ unitId: leadUnitId, quota: indicator.target.toNumber() }]
  ).map((reporter) => {
    const parts = baselinePartsOf(indicator.baselines.find((row) => row.unitId === reporter.unitId));
    const baseline = baselineOf(kind, parts);
    return { ...reporter, parts, baseline, expected: expectedOf(baseline, reporter.quota, share, direction) };
  });
  const quotaTotal = reporters.reduce((total, reporter) => total + reporter.quota, 0);
  // A same-count-for-every-county SUM is measured against the counties' total, not one county's count.
  const target = hasQuotas && kind === "SUM" && quotaMode === "SAME" ? quotaTotal : indicator.target.toNumber();
  const minimum = hasQuotas && quotaMode === "MINIMUM" && kind === "SUM" && direction === "AT_LEAST";
  const baseline = cityBaselineOf(
    kind,
    reporters.map((reporter) => reporter.parts),
  );
  return {
    spec,
    share,
    reporters,
    target,
    minimum,
    /** The quotas a minimum for every county adds up to (its city figure's denominator). */
    quotaTotal,
    baseline,
    hasBaseline: reporters.some((reporter) => reporter.parts !== null),
    countsUnits: hasQuotas && (quotaMode === "MINIMUM" || quotaMode === "SAME"),
    expected: minimum ? minimumExpectedOf(reporters, share) : expectedOf(baseline, target, share, direction),
  };
}

export function indicatorProgress(
  indicator: IndicatorRecord,
  leadUnit: Unit,
  sums: SumsIndex,
  period: string,
  thresholds: Thresholds,
): IndicatorProgress {
  const { kind, direction, wholeNumbers } = indicator;
  const measure = cityMeasureOf(indicator, leadUnit.id, period);
  const { share, target, minimum, expected } = measure;
  const unitOf = new Map([leadUnit, ...indicator.quotas.map((quota) => quota.unit)].map((unit) => [unit.id, unit]));
  const units: UnitProgress[] = measure.reporters.map((reporter) => {
    const unit = unitOf.get(reporter.unitId) as Unit;
    const row = sums.get(sumsKey(indicator.id, unit.id));
    const achieved = achievedOf(kind, sumsOf(row, 1));
    const completion = completionOf(kind, direction, reporter.quota, achieved);
    return {
      unitId: unit.id,
      unitCode: unit.code,
      unit: unit.name,
      quota: reporter.quota,
      baseline: reporter.baseline,
      expected: reporter.expected,
      achieved,
      completion,
      status: statusOf(completion, reporter.expected, thresholds, direction),
      forecast: forecastOf(kind, achieved, share, reporter.baseline, wholeNumbers),
      reportId: row?.reportId ?? null,
      reportPeriod: row?.period ?? null,
    };
  });
  const achieved = achievedOf(kind, sumsOf(sums.get(sumsKey(indicator.id, null)), units.length));
  const completion = minimum ? minimumCompletionOf(units) : completionOf(kind, direction, target, achieved);
  const forecast = minimum ? null : forecastOf(kind, achieved, share, measure.baseline, wholeNumbers);
  const monthsLeft = monthsLeftOf(measure.spec, period);
  // What the counties below their minimum still lack, whatever the others have beyond theirs.
  const counted = units.reduce((total, unit) => total + Math.min(unit.achieved ?? 0, unit.quota), 0);
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    kind,
    direction,
    target,
    weight: indicator.weight,
    rule: indicator.rule,
    dueOn: measure.spec.dueOn ?? null,
    wholeNumbers,
    quotaMode: indicator.quotaMode,
    timeProgress: share,
    baseline: measure.hasBaseline ? measure.baseline : null,
    expected,
    achieved,
    completion,
    status: statusOf(completion, expected, thresholds, direction),
    forecast,
    forecastCompletion: completionOf(kind, direction, target, forecast),
    // A limit (AT_MOST) is not something to reach: no "must add each month" for it.
    neededPerMonth:
      direction !== "AT_LEAST"
        ? null
        : minimum
          ? neededPerMonthOf(kind, measure.quotaTotal, achieved === null ? null : counted, monthsLeft, wholeNumbers)
          : neededPerMonthOf(kind, target, achieved, monthsLeft, wholeNumbers),
    unitsMet: measure.countsUnits ? unitsMetOf(units) : null,
    unitsTotal: measure.countsUnits ? units.length : null,
    units,
  };
}
