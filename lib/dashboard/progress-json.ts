// GET /api/v1/plans/<year>/progress: the dashboard's numbers as JSON. Fractions keep three
// decimals (0.833 for 83.3%), the precision the page shows them at. `expected` is the 序时进度 each
// completion is measured against; `timeProgress` the calendar's share of the year.
import type { PlanProgress } from "./progress-types";

const fraction = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const amount = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);

export function progressJson(progress: PlanProgress) {
  return {
    year: progress.year,
    period: progress.period,
    timeProgress: fraction(progress.timeProgress),
    pendingReports: progress.pendingReports,
    plan: {
      completion: fraction(progress.plan.completion),
      expected: fraction(progress.plan.expected),
      status: progress.plan.status,
    },
    sections: progress.sections.map((section) => ({
      no: section.no,
      title: section.title,
      completion: fraction(section.completion),
      expected: fraction(section.expected),
      status: section.status,
    })),
    points: progress.points.map((point) => ({
      no: point.no,
      title: point.title,
      completion: fraction(point.completion),
      expected: fraction(point.expected),
      status: point.status,
      indicators: point.indicators.map((indicator) => ({
        name: indicator.name,
        unit: indicator.unit,
        rule: indicator.rule,
        quotaMode: indicator.quotaMode,
        wholeNumbers: indicator.wholeNumbers,
        target: indicator.target,
        baseline: amount(indicator.baseline),
        achieved: amount(indicator.achieved),
        completion: fraction(indicator.completion),
        expected: fraction(indicator.expected),
        status: indicator.status,
        forecast: amount(indicator.forecast),
        unitsMet: indicator.unitsMet,
        unitsTotal: indicator.unitsTotal,
        units: indicator.units.map((unit) => ({
          unit: unit.unit,
          quota: unit.quota,
          baseline: amount(unit.baseline),
          achieved: amount(unit.achieved),
          completion: fraction(unit.completion),
          expected: fraction(unit.expected),
          status: unit.status,
        })),
      })),
    })),
    counties: progress.counties.map((county) => ({
      code: county.code,
      name: county.name,
      completion: fraction(county.completion),
      expected: fraction(county.expected),
      status: county.status,
      rank: county.rank,
    })),
  };
}

// The same progress object (one per data version) is served many times: serialise it once.
const serialised = new WeakMap<PlanProgress, string>();

export function progressJsonText(progress: PlanProgress): string {
  let text = serialised.get(progress);
  if (text === undefined) {
    text = JSON.stringify(progressJson(progress));
    serialised.set(progress, text);
  }
  return text;
}
