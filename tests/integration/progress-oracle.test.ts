// getPlanProgress against an oracle computed in JavaScript from the raw rows (helpers/progress-*.ts):
// every indicator, unit row, point, section, the plan, the county table and the report counts of
// the demo plan 2022, read only; then plan 2041 of this file's own, for a RATE (where an average of
// percentages would look plausible and be wrong) and for the edges of "on time".
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import { DEFAULT_THRESHOLDS } from "@/lib/dashboard/progress-maths";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import {
  expectCountsMatch,
  expectIndicatorsMatch,
  expectRollUpsMatch,
  expectSeriesMatch,
} from "./helpers/progress-expect";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";
import { loadRawPlan, type RawPlan } from "./helpers/progress-raw";
import { oracleProgress } from "./helpers/progress-oracle";
import { countReportsByHand } from "./helpers/progress-report-counts";

const NOW = new Date("2022-11-03T09:00:00+08:00");

let raw: RawPlan;
beforeAll(async () => {
  raw = await loadRawPlan(getPrisma(), 2022, "2022-10");
});

// 2022-09: Beian's and Meizhou's September reports were left returned, so their August values stand.
describe.each(["2022-10", "2022-06", "2022-09"])("plan 2022 in %s", (period) => {
  let progress: PlanProgress;
  let oracle: ReturnType<typeof oracleProgress>;
  beforeAll(async () => {
    progress = (await getPlanProgress(getPrisma(), 2022, period, NOW))!;
    oracle = oracleProgress(raw, period, DEFAULT_THRESHOLDS);
  });

  it("gives every indicator and every reporting unit the oracle's achieved value, completion and status", () => {
    expect(progress.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(progress.points.flatMap((point) => point.indicators)).toHaveLength(20);
    expectIndicatorsMatch(progress, oracle);
  });

  it("rolls indicators up to points, sections and the plan, and ranks the counties as the oracle does", () => {
    expect([progress.points.length, progress.sections.length, progress.counties.length]).toEqual([43, 10, 7]);
    expect(oracle.plan.completion).not.toBeNull();
    expect(oracle.counties.every((county) => county.rank !== null)).toBe(true);
    expectRollUpsMatch(progress, oracle);
  });

  it("counts pending, expected and approved reports and each county's filing record as counted by hand", () => {
    const hand = countReportsByHand(raw, period, NOW);
    expect(hand.expected).toBeGreaterThan(0);
    expectCountsMatch(progress, hand, raw);
  });
});

it("gives every indicator's month-by-month series as the oracle does at each month end", async () => {
  const months = Array.from({ length: 10 }, (_, i) => `2022-${String(i + 1).padStart(2, "0")}`);
  const oracles = new Map(months.map((period) => [period, oracleProgress(raw, period, DEFAULT_THRESHOLDS)]));
  for (const id of oracles.get("2022-10")!.indicators.keys())
    expectSeriesMatch((await getIndicatorSeries(getPrisma(), id, "2022-10"))!, raw, oracles);
  expect(
    await getIndicatorSeries(getPrisma(), [...oracles.get("2022-10")!.indicators.keys()][0], "2023-10"),
  ).toBeNull();
});

it("has counties whose latest approved value is older than the period in September and October, and overdue reports", () => {
  for (const period of ["2022-09", "2022-10"]) {
    const units = [...oracleProgress(raw, period, DEFAULT_THRESHOLDS).indicators.values()].flatMap(
      (indicator) => indicator.units,
    );
    expect(
      units.filter((unit) => unit.reportPeriod !== null && unit.reportPeriod < period).length,
      period,
    ).toBeGreaterThan(0);
  }
  expect(countReportsByHand(raw, "2022-10", NOW).overdue.length).toBeGreaterThan(0);
});

describe("plan 2041: one RATE indicator with quotas for Licheng and Xianyou", () => {
  let units: Map<string, number>;
  let pointId: number;
  let indicatorId: number;
  beforeAll(async () => {
    const plan = await createPlan(getPrisma(), 2041, [
      [
        {
          leadUnit: "yanglao",
          indicators: [{ name: "测试覆盖率", kind: "RATE", target: 45, quotas: { licheng: 45, xianyou: 45 } }],
        },
      ],
    ]);
    units = await unitIdsByCode(getPrisma());
    [
      {
        id: pointId,
        indicators: [{ id: indicatorId }],
      },
    ] = plan.points;
    await writeApprovedReports(getPrisma(), [
      {
        unitId: units.get("licheng")!,
        pointId,
        period: "2041-06",
        values: [{ indicatorId, numerator: 9, denominator: 10 }],
      },
      {
        unitId: units.get("xianyou")!,
        pointId,
        period: "2041-06",
        values: [{ indicatorId, numerator: 10, denominator: 100 }],
      },
    ]);
  });

  it("divides the summed numerators by the summed denominators, never averaging the percentages", async () => {
    const progress = (await getPlanProgress(getPrisma(), 2041, "2041-06", new Date("2041-07-03T09:00:00+08:00")))!;
    const indicator = progress.points[0].indicators[0];
    expect(indicator.achieved).toBeCloseTo((19 / 110) * 100, 9); // 17.27%, where the mean of 90% and 10% is 50%
    expect(indicator.completion).toBeCloseTo(19 / 110 / 0.45, 9);
    expect(indicator.status).toBe("BEHIND"); // 0.384 against 序时进度 0.5
    expect(indicator.units.map((unit) => [unit.unitCode, unit.achieved])).toEqual([
      ["licheng", 90],
      ["xianyou", 10],
    ]);
    expect(progress.plan.completion).toBeCloseTo(19 / 110 / 0.45, 9);
    const oracle = oracleProgress(await loadRawPlan(getPrisma(), 2041, "2041-06"), "2041-06", DEFAULT_THRESHOLDS);
    expectRollUpsMatch(progress, oracle);
    expect(
      progress.counties.filter((county) => county.rank !== null).map((county) => [county.code, county.rank]),
    ).toEqual([
      ["licheng", 1],
      ["xianyou", 2],
    ]);
  });

  it("counts a report first submitted after midnight Shanghai time as late, and one within a granted extension as on time", async () => {
    const db = getPrisma();
    const [licheng, xianyou] = await writeApprovedReports(db, [
      {
        unitId: units.get("licheng")!,
        pointId,
        period: "2041-07",
        values: [{ indicatorId, numerator: 12, denominator: 20 }],
      },
      {
        unitId: units.get("xianyou")!,
        pointId,
        period: "2041-07",
        values: [{ indicatorId, numerator: 30, denominator: 100 }],
      },
    ]);
    // 07:00 on 6 August in Putian is still 5 August in UTC: late all the same.
    await db.reportEvent.create({
      data: {
        reportId: licheng,
        revision: 1,
        action: "sign",
        fromState: "AWAITING_SIGNOFF",
        toState: "SUBMITTED",
        at: new Date("2041-08-06T07:00:00+08:00"),
      },
    });
    // Submitted within its granted extension, then returned and never resent: on time, and overdue now.
    await db.report.update({ where: { id: xianyou }, data: { state: "RETURNED" } });
    await db.reportEvent.create({
      data: {
        reportId: xianyou,
        revision: 1,
        action: "sign",
        fromState: "AWAITING_SIGNOFF",
        toState: "SUBMITTED",
        at: new Date("2041-08-09T10:00:00+08:00"),
      },
    });
    const requestedById = (await db.user.findUniqueOrThrow({ where: { username: "xianyou-reporter" } })).id;
    await db.dueDateExtension.createMany({
      data: [
        {
          unitId: units.get("xianyou")!,
          period: "2041-07",
          requestedDue: new Date("2041-08-10"),
          reason: "测试",
          state: "GRANTED",
          requestedById,
          createdAt: new Date(),
        },
        {
          unitId: units.get("xianyou")!,
          period: "2041-07",
          requestedDue: new Date("2041-08-20"),
          reason: "测试",
          state: "REFUSED",
          requestedById,
          createdAt: new Date(),
        },
      ],
    });
    const now = new Date("2041-08-12T09:00:00+08:00");
    const progress = (await getPlanProgress(db, 2041, "2041-07", now))!;
    const county = (code: string) => progress.counties.find((row) => row.code === code)!;
    expect([county("licheng").reportsDue, county("licheng").reportsOnTime, county("licheng").overdueReports]).toEqual([
      7, 0, 5,
    ]);
    expect([county("xianyou").reportsDue, county("xianyou").reportsOnTime, county("xianyou").overdueReports]).toEqual([
      7, 1, 6,
    ]);
    expect(progress.overdue.find((row) => row.unitCode === "xianyou" && row.period === "2041-07")).toMatchObject({
      state: "RETURNED",
      reportId: xianyou,
      dueAt: "2041-08-10",
    });
    expect([progress.expectedReports, progress.approvedReports, progress.pendingReports]).toEqual([3, 1, 2]);
    const raw2041 = await loadRawPlan(db, 2041, "2041-07");
    expectCountsMatch(progress, countReportsByHand(raw2041, "2041-07", now), raw2041);
    expectIndicatorsMatch(progress, oracleProgress(raw2041, "2041-07", DEFAULT_THRESHOLDS));
  });
});
