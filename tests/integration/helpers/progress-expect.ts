// Assertions that a PlanProgress equals the JavaScript oracle (helpers/progress-oracle.ts) and the
// hand count of reports (helpers/progress-report-counts.ts), number by number.
import { expect } from "vitest";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import type { IndicatorSeries } from "@/lib/dashboard/indicator-series";
import { OVERDUE_LIST_LIMIT } from "@/lib/dashboard/progress-sql";
import type { oracleProgress } from "./progress-oracle";
import type { RawPlan } from "./progress-raw";
import type { countReportsByHand } from "./progress-report-counts";

export function close(actual: number | null, expected: number | null, what: string) {
  if (expected === null) expect(actual, what).toBeNull();
  else expect(actual, what).toBeCloseTo(expected, 9);
}

export function expectIndicatorsMatch(progress: PlanProgress, oracle: ReturnType<typeof oracleProgress>) {
  const indicators = progress.points.flatMap((point) => point.indicators);
  expect(indicators.map((indicator) => indicator.id).sort()).toEqual([...oracle.indicators.keys()].sort());
  for (const indicator of indicators) {
    const expected = oracle.indicators.get(indicator.id)!;
    close(indicator.achieved, expected.achieved, `${indicator.name} achieved`);
    close(indicator.completion, expected.completion, `${indicator.name} completion`);
    close(indicator.expected, expected.expected, `${indicator.name} expected`);
    close(indicator.target, expected.target, `${indicator.name} target`);
    close(indicator.baseline, expected.baseline, `${indicator.name} baseline`);
    close(indicator.forecast, expected.forecast, `${indicator.name} forecast`);
    expect([indicator.unitsMet, indicator.unitsTotal], indicator.name).toEqual([
      expected.unitsMet,
      expected.unitsTotal,
    ]);
    expect(indicator.status, indicator.name).toBe(expected.status);
    expect(indicator.units.map((unit) => unit.unitId)).toEqual(expected.units.map((unit) => unit.unitId));
    for (const [i, unit] of indicator.units.entries()) {
      const want = expected.units[i];
      close(unit.achieved, want.achieved, `${indicator.name} ${unit.unitCode} achieved`);
      close(unit.completion, want.completion, `${indicator.name} ${unit.unitCode} completion`);
      close(unit.expected, want.expected, `${indicator.name} ${unit.unitCode} expected`);
      close(unit.forecast, want.forecast, `${indicator.name} ${unit.unitCode} forecast`);
      expect(unit.status, `${indicator.name} ${unit.unitCode}`).toBe(want.status);
      expect([unit.reportPeriod, unit.reportId]).toEqual([want.reportPeriod, want.reportId]);
    }
  }
  const counts = { AHEAD: 0, ON_TRACK: 0, BEHIND: 0, SERIOUSLY_BEHIND: 0, NONE: 0 };
  for (const indicator of oracle.indicators.values()) counts[indicator.status ?? "NONE"] += 1;
  expect(progress.statusCounts).toEqual(counts);
}

export function expectRollUpsMatch(progress: PlanProgress, oracle: ReturnType<typeof oracleProgress>) {
  close(progress.timeProgress, oracle.timeProgress, "timeProgress");
  expect(progress.points.map((point) => point.no)).toEqual(
    oracle.points.map((point) => point.no).sort((a, b) => a - b),
  );
  for (const point of progress.points) {
    const want = oracle.points.find((candidate) => candidate.no === point.no)!;
    close(point.completion, want.completion, `point ${point.no}`);
    close(point.expected, want.expected, `point ${point.no} expected`);
    expect(point.status, `point ${point.no}`).toBe(want.status);
  }
  expect(progress.sections.map((section) => section.no).sort()).toEqual(
    oracle.sections.map((section) => section.no).sort(),
  );
  for (const section of progress.sections) {
    const want = oracle.sections.find((candidate) => candidate.no === section.no)!;
    close(section.completion, want.completion, `section ${section.no}`);
    close(section.expected, want.expected, `section ${section.no} expected`);
    expect(section.status, `section ${section.no}`).toBe(want.status);
  }
  close(progress.plan.completion, oracle.plan.completion, "plan");
  close(progress.plan.expected, oracle.plan.expected, "plan expected");
  expect(progress.plan.status).toBe(oracle.plan.status);
  expect(progress.counties.map((county) => county.unitId).sort()).toEqual(
    oracle.counties.map((county) => county.unitId).sort(),
  );
  for (const county of progress.counties) {
    const want = oracle.counties.find((candidate) => candidate.unitId === county.unitId)!;
    close(county.completion, want.completion, `${county.code} completion`);
    close(county.expected, want.expected, `${county.code} expected`);
    expect(county.status, `${county.code} status`).toBe(want.status);
    expect(county.rank, `${county.code} rank`).toBe(want.rank);
  }
}

export function expectCountsMatch(progress: PlanProgress, hand: ReturnType<typeof countReportsByHand>, raw: RawPlan) {
  expect({
    pending: progress.pendingReports,
    expected: progress.expectedReports,
    approved: progress.approvedReports,
  }).toEqual({ pending: hand.pending, expected: hand.expected, approved: hand.approved });
  for (const county of progress.counties) {
    const want = hand.byUnit.get(county.unitId) ?? {
      reportsDue: 0,
      reportsOnTime: 0,
      overdueReports: 0,
      pendingReports: 0,
    };
    expect(
      {
        due: county.reportsDue,
        onTime: county.reportsOnTime,
        overdue: county.overdueReports,
        pending: county.pendingReports,
      },
      county.code,
    ).toEqual({
      due: want.reportsDue,
      onTime: want.reportsOnTime,
      overdue: want.overdueReports,
      pending: want.pendingReports,
    });
    close(
      county.onTimeRate,
      want.reportsDue ? want.reportsOnTime / want.reportsDue : null,
      `${county.code} on-time rate`,
    );
  }
  const pointIds = new Map(progress.points.map((point) => [point.no, point.id]));
  const codes = raw.unitCodes;
  // The list shows the newest OVERDUE_LIST_LIMIT of them, newest month first.
  const newestFirst = [...hand.overdue]
    .sort((a, b) => b.period.localeCompare(a.period) || a.unitId - b.unitId || a.pointId - b.pointId)
    .slice(0, OVERDUE_LIST_LIMIT);
  const listed = progress.overdue.map(
    (row) => `${row.unitCode}/${pointIds.get(row.pointNo)}/${row.period}/${row.state}/${row.reportId}/${row.dueAt}`,
  );
  expect(listed).toEqual(
    newestFirst.map(
      (row) => `${codes.get(row.unitId)}/${row.pointId}/${row.period}/${row.state}/${row.reportId}/${row.dueAt}`,
    ),
  );
}

/** An indicator's month-by-month series against the oracle at each month end. */
export function expectSeriesMatch(
  series: IndicatorSeries,
  raw: RawPlan,
  oracles: Map<string, ReturnType<typeof oracleProgress>>,
) {
  const indicator = raw.points
    .flatMap((point) => point.indicators)
    .find((candidate) => candidate.id === series.indicatorId)!;
  const codes = raw.unitCodes;
  expect(series.months.map((month) => month.period)).toEqual(
    [...oracles.keys()].filter((period) => period <= series.period),
  );
  for (const month of series.months) {
    const want = oracles.get(month.period)!.indicators.get(series.indicatorId)!;
    close(month.achieved, want.achieved, `${indicator.id} ${month.period}`);
    // In the indicator's unit: a minimum for every county against the minimums' total.
    const minimum =
      indicator.quotaMode === "MINIMUM" &&
      indicator.kind === "SUM" &&
      indicator.direction === "AT_LEAST" &&
      indicator.quotas.length > 0;
    const scale =
      indicator.kind === "MILESTONE" ? 1 : minimum ? indicator.quotas.reduce((t, q) => t + q.target, 0) : want.target;
    close(month.expected, scale * want.expected, `${month.period} expected`);
    expect(Object.keys(month.byUnit).sort()).toEqual(want.units.map((unit) => codes.get(unit.unitId)!).sort());
    for (const unit of want.units)
      close(month.byUnit[codes.get(unit.unitId)!], unit.achieved, `${month.period} ${codes.get(unit.unitId)}`);
  }
}
