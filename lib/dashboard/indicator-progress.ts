// One indicator's progress, city-wide and per reporting unit, from the sums PostgreSQL returned.
import type { Sums, Thresholds, IndicatorProgress, UnitProgress } from "./progress-types";
import type { PlanTree } from "./plan-structure";
import type { SumsRow } from "./progress-sql";
import {
  achievedOf,
  completionOf,
  emptySums,
  forecastOf,
  neededPerMonthOf,
  statusOf,
  timeProgressOf,
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

/** 序时进度 of an indicator: its own 12-month schedule when it has one, else month ÷ 12. */
export const indicatorTimeProgress = (indicator: Pick<IndicatorRecord, "schedule">, period: string) =>
  timeProgressOf(period, indicator.schedule.length === 12 ? indicator.schedule : null);

export function indicatorProgress(
  indicator: IndicatorRecord,
  leadUnit: Unit,
  sums: SumsIndex,
  period: string,
  thresholds: Thresholds,
): IndicatorProgress {
  const { kind, direction } = indicator;
  const target = indicator.target.toNumber();
  const timeProgress = indicatorTimeProgress(indicator, period);
  const reportingUnits =
    indicator.quotas.length > 0
      ? indicator.quotas.map((quota) => ({ unit: quota.unit, quota: quota.target.toNumber() }))
      : [{ unit: leadUnit, quota: target }];
  const units: UnitProgress[] = reportingUnits.map(({ unit, quota }) => {
    const row = sums.get(sumsKey(indicator.id, unit.id));
    const achieved = achievedOf(kind, sumsOf(row, 1));
    const completion = completionOf(kind, direction, quota, achieved);
    return {
      unitId: unit.id,
      unitCode: unit.code,
      unit: unit.name,
      quota,
      achieved,
      completion,
      status: statusOf(completion, timeProgress, thresholds, direction),
      reportId: row?.reportId ?? null,
      reportPeriod: row?.period ?? null,
    };
  });
  const achieved = achievedOf(kind, sumsOf(sums.get(sumsKey(indicator.id, null)), reportingUnits.length));
  const completion = completionOf(kind, direction, target, achieved);
  const forecast = forecastOf(kind, achieved, timeProgress);
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    kind,
    direction,
    target,
    weight: indicator.weight,
    timeProgress,
    achieved,
    completion,
    status: statusOf(completion, timeProgress, thresholds, direction),
    forecast,
    forecastCompletion: completionOf(kind, direction, target, forecast),
    // A limit (AT_MOST) is not something to reach: no "must add each month" for it.
    neededPerMonth: direction === "AT_LEAST" ? neededPerMonthOf(kind, target, achieved, period) : null,
    units,
  };
}
