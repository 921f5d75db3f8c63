// A dashboard request costs a fixed number of SQL statements however big the plan and its history:
// the demo plan 2022 (20 indicators, 10 months) against plan 2042 of this file's own (93 indicators
// of every kind, rule and quota mode, baselines, a retired indicator, 7 counties, 12 months of
// approved reports).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { computePlanProgress, type ProgressQuery } from "@/lib/dashboard/compute-progress";
import { computeIndicatorSeries } from "@/lib/dashboard/indicator-series";
import { DEFAULT_THRESHOLDS } from "@/lib/dashboard/progress-maths";
import { shanghaiDay } from "@/lib/time/days";
import { createBigPlan } from "./helpers/progress-big-plan";
import {
  expectCountsMatch,
  expectIndicatorsMatch,
  expectRollUpsMatch,
  expectSeriesMatch,
} from "./helpers/progress-expect";
import { oracleProgress } from "./helpers/progress-oracle";
import { countingClient } from "./helpers/progress-queries";
import { loadRawPlan } from "./helpers/progress-raw";
import { countReportsByHand } from "./helpers/progress-report-counts";

// BEGIN, SET TRANSACTION, the data version, the plan tree (Prisma reads each nested relation in a
// statement of its own: 9, baselines included), the counties, the sums, the report counts, the
// overdue list, the 已办结 counts, COMMIT.
const STATEMENTS = 18;
const NOW = new Date("2043-01-03T09:00:00+08:00");
const query = (year: number, period: string): ProgressQuery => ({
  year,
  period,
  today: shanghaiDay(NOW),
  dueDay: 5,
  thresholds: DEFAULT_THRESHOLDS,
});
const { client, counting } = countingClient(inject("databaseUrl"));

let reports = 0;
beforeAll(async () => {
  ({ reports } = await createBigPlan(client, 2042));
}, 120_000);
afterAll(() => client.$disconnect());

describe("computePlanProgress", () => {
  it(`sends the same ${STATEMENTS} statements for the demo plan as for one with 93 indicators, 672 quotas, baselines and 12 months of reports`, async () => {
    const small = await counting(() => computePlanProgress(client, query(2022, "2022-10")));
    const big = await counting(() => computePlanProgress(client, query(2042, "2042-12")));
    expect(small.result!.points.flatMap((point) => point.indicators)).toHaveLength(20);
    // 96 indicators, of which 3 are retired: in no figure.
    expect(big.result!.points.flatMap((point) => point.indicators)).toHaveLength(93);
    expect(await client.indicator.count({ where: { point: { plan: { year: 2042 } } } })).toBe(96);
    expect(reports).toBeGreaterThan(2000);
    expect(big.result!.counties.every((county) => county.completion !== null)).toBe(true);
    expect(small.statements).toHaveLength(STATEMENTS);
    expect(big.statements).toHaveLength(STATEMENTS);
    expect(small.statements.filter((sql) => /GROUP BY/.test(sql))).toHaveLength(2);
  });

  it("gives the big plan's every number as the oracle does: all kinds, directions, weights, rules, baselines and quota modes", async () => {
    const progress = (await computePlanProgress(client, query(2042, "2042-12")))!;
    const raw = await loadRawPlan(client, 2042, "2042-12");
    const oracle = oracleProgress(raw, "2042-12", DEFAULT_THRESHOLDS);
    const kinds = new Set(
      progress.points.flatMap((point) =>
        point.indicators.map((indicator) => `${indicator.kind}/${indicator.direction}`),
      ),
    );
    expect([...kinds].sort()).toEqual([
      "MILESTONE/AT_LEAST",
      "RATE/AT_LEAST",
      "RATE/AT_MOST",
      "RATIO/AT_LEAST",
      "SUM/AT_LEAST",
      "SUM/AT_MOST",
    ]);
    const indicators = progress.points.flatMap((point) => point.indicators);
    expect([...new Set(indicators.map((indicator) => indicator.rule))].sort()).toEqual([
      "BY_DATE",
      "CURVE",
      "LEVEL",
      "LINEAR",
    ]);
    expect([...new Set(indicators.map((indicator) => indicator.quotaMode))].sort()).toEqual([
      "MINIMUM",
      "SAME",
      "SPLIT",
    ]);
    expect(indicators.filter((indicator) => indicator.baseline !== null).length).toBeGreaterThan(10);
    expectIndicatorsMatch(progress, oracle);
    expectRollUpsMatch(progress, oracle);
    expectCountsMatch(progress, countReportsByHand(raw, "2042-12", NOW), raw);
    // Each minimum for every county (2): Licheng has 3, Chengxiang 0, the others 3, 1, 2, 3, 1: 4/7 达标
    // and (2 + 0 + 2 + 1 + 2 + 2 + 1) ÷ 14, where the plain sum 13 ÷ 14 would hide Chengxiang's zero.
    for (const minimum of indicators.filter((indicator) => indicator.quotaMode === "MINIMUM")) {
      expect([minimum.unitsMet, minimum.unitsTotal, minimum.achieved]).toEqual([4, 7, 13]);
      expect(minimum.completion).toBeCloseTo(10 / 14, 9);
      expect(minimum.forecast).toBeNull();
    }
    // Whole things are forecast in whole numbers.
    for (const whole of indicators.filter((indicator) => indicator.wholeNumbers && indicator.forecast !== null))
      expect(Number.isInteger(whole.forecast), whole.name).toBe(true);
    for (const period of ["2042-01", "2042-04", "2042-07"]) {
      const earlier = (await computePlanProgress(client, query(2042, period)))!;
      expectIndicatorsMatch(earlier, oracleProgress(raw, period, DEFAULT_THRESHOLDS));
      expectRollUpsMatch(earlier, oracleProgress(raw, period, DEFAULT_THRESHOLDS));
    }
    // A limit (AT_MOST) has no monthly amount "still needed"; a SUM to reach has one, in whole things
    // rounded up, and none once its due month (June) has passed.
    const july = (await computePlanProgress(client, query(2042, "2042-07")))!.points
      .flatMap((point) => point.indicators)
      .filter((indicator) => indicator.kind === "SUM");
    expect(
      july.filter((indicator) => indicator.direction === "AT_MOST").map((indicator) => indicator.neededPerMonth),
    ).toEqual(Array(20).fill(null));
    for (const indicator of july.filter((candidate) => candidate.name.endsWith("-1"))) {
      const needed = Math.max(0, 700 - indicator.achieved!) / 5;
      if (indicator.rule === "BY_DATE") expect(indicator.neededPerMonth, indicator.name).toBeNull();
      else if (indicator.wholeNumbers) expect(indicator.neededPerMonth, indicator.name).toBe(Math.ceil(needed));
      else expect(indicator.neededPerMonth, indicator.name).toBeCloseTo(needed, 9);
    }
  });
});

describe("computeIndicatorSeries", () => {
  it("sends the same 10 statements for a demo indicator over 10 months as for a big plan's over 12, with the oracle's numbers", async () => {
    const raw = await loadRawPlan(client, 2042, "2042-12");
    const months = Array.from({ length: 12 }, (_, i) => `2042-${String(i + 1).padStart(2, "0")}`);
    const oracles = new Map(months.map((period) => [period, oracleProgress(raw, period, DEFAULT_THRESHOLDS)]));
    const demo = await client.indicator.findFirstOrThrow({
      where: { point: { plan: { year: 2022 } }, quotas: { some: {} } },
      select: { id: true },
    });
    const small = await counting(() => computeIndicatorSeries(client, demo.id, "2022-10"));
    const seen = new Set<string>();
    for (const indicator of raw.points.flatMap((point) => point.indicators)) {
      const sort = `${indicator.kind}/${indicator.direction}/${indicator.rule}/${indicator.quotaMode}/${indicator.baselines.length > 0}`;
      if (seen.has(sort)) continue;
      seen.add(sort);
      const big = await counting(() => computeIndicatorSeries(client, indicator.id, "2042-12"));
      expect(big.statements).toHaveLength(small.statements.length);
      expectSeriesMatch(big.result!, raw, oracles);
    }
    expect(seen.size).toBeGreaterThan(12);
    // BEGIN, SET, version, indicator (4: itself, its point, quotas, baselines), series GROUP BY, units, COMMIT
    expect(small.statements).toHaveLength(10);
  });
});
