// Plan 2057 of this file's own, measured the way its words mean (helpers/progress-measured-plan.ts):
// the numbers a 督查科 would work out by hand, the oracle's, and the same figures on the dashboard
// (PlanProgress), in GET /api/v1/plans/2057/progress and in the Excel export.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/dashboard/export/route";
import { GET as progressRoute } from "@/app/api/v1/plans/[year]/progress/route";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import { DEFAULT_THRESHOLDS } from "@/lib/dashboard/progress-maths";
import { progressJson } from "@/lib/dashboard/progress-json";
import type { IndicatorProgress, PlanProgress } from "@/lib/dashboard/progress-types";
import { getPrisma } from "@/lib/db";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";
import { expectIndicatorsMatch, expectRollUpsMatch } from "./helpers/progress-expect";
import { createMeasuredPlan } from "./helpers/progress-measured-plan";
import { oracleProgress } from "./helpers/progress-oracle";
import { loadRawPlan } from "./helpers/progress-raw";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

const YEAR = 2057;
const PERIOD = "2057-05";
const F = 5 / 12;
const auth = { authorization: `Bearer ${DEMO_LEADER_TOKEN}` };
let progress: PlanProgress;
const indicator = (name: string) =>
  progress.points
    .flatMap((point) => point.indicators)
    .find((candidate) => candidate.name === name) as IndicatorProgress;
const point = (name: string) => progress.points.find((p) => p.indicators.some((i) => i.name === name))!;

beforeAll(async () => {
  await createMeasuredPlan(getPrisma(), YEAR);
  progress = (await getPlanProgress(getPrisma(), YEAR, PERIOD, new Date("2057-06-03T09:00:00+08:00")))!;
});

describe("plan 2057 in May, by hand", () => {
  it("holds a LEVEL rate at 100% against 100% from the start: 正常 at the indicator and its point, not 超前", () => {
    expect(indicator("集中供养率")).toMatchObject({ completion: 1, expected: 1, status: "ON_TRACK", forecast: 100 });
    expect(point("集中供养率")).toMatchObject({ completion: 1, expected: 1, status: "ON_TRACK" });
  });

  it("caps each county at its minimum of 2, counts 4/7 达标 and leaves the forecast to the counties", () => {
    const agencies = indicator("社会工作服务机构");
    expect(agencies).toMatchObject({ achieved: 12, unitsMet: 4, unitsTotal: 7, forecast: null });
    expect(agencies.completion).toBeCloseTo(9 / 14, 9); // 2 + 0 + 2 + 2 + 1 + 2 + 0, never 12 ÷ 14
    expect(agencies.expected).toBeCloseTo(F, 9); // Σ min(2, 2 × 5/12) ÷ 14
    const chengxiang = agencies.units.find((unit) => unit.unitCode === "chengxiang")!;
    expect(chengxiang).toMatchObject({ achieved: 0, completion: 0, status: "SERIOUSLY_BEHIND" });
    const licheng = agencies.units.find((unit) => unit.unitCode === "licheng")!;
    expect(licheng).toMatchObject({ completion: 2.5, forecast: 12 }); // 5 ÷ 5/12, whole
    expect(agencies.neededPerMonth).toBe(1); // 14 − 9 = 5 still lacking over 7 months: 0.71, one a month
  });

  it("measures a ratio from its baseline: expected (12 + 4·f) ÷ 16, forecast 12 + 2.5 ÷ f", () => {
    const workers = indicator("每万人社区工作者");
    expect(workers.baseline).toBe(12);
    expect(workers.completion).toBeCloseTo(14.5 / 16, 9);
    expect(workers.expected).toBeCloseTo((12 + 4 * F) / 16, 9);
    expect(workers.forecast).toBeCloseTo(18, 9);
    expect(workers.status).toBe("ON_TRACK"); // 0.906 against 0.854; against 5/12 it would be 超前
  });

  it("leaves a retired indicator out of its point, the figures and the API, reports and all", async () => {
    expect(point("每万人社区工作者").indicators.map((i) => i.name)).toEqual(["每万人社区工作者"]);
    expect(point("每万人社区工作者").completion).toBeCloseTo(14.5 / 16, 9);
    const retired = await getPrisma().indicator.findFirstOrThrow({
      where: { name: "已撤销指标", point: { plan: { year: YEAR } } },
    });
    expect(await getIndicatorSeries(getPrisma(), retired.id, PERIOD)).toBeNull();
  });

  it("forecasts whole things rounded down and asks whole ones a month", () => {
    const homes = indicator("长者之家");
    expect(homes.forecast).toBe(26); // 11 ÷ 5/12 = 26.4
    expect(homes.neededPerMonth).toBe(3); // 19 over 7 months = 2.71
  });

  it("expects a milestone due in September from September on: not done in May is 正常", () => {
    expect(indicator("出台实施办法")).toMatchObject({ completion: 0, expected: 0, status: "ON_TRACK" });
  });

  it("rolls expected progress up with completion's weights and agrees with the oracle", async () => {
    const completions = [1, 9 / 14, 14.5 / 16, 11 / 30, 0];
    const expected = [1, F, (12 + 4 * F) / 16, F, 0];
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(progress.plan.completion).toBeCloseTo(mean(completions), 9);
    expect(progress.plan.expected).toBeCloseTo(mean(expected), 9);
    expect(progress.timeProgress).toBeCloseTo(F, 9);
    const chengxiang = progress.counties.find((county) => county.code === "chengxiang")!;
    expect(chengxiang).toMatchObject({ completion: 0, status: "SERIOUSLY_BEHIND" });
    expect(chengxiang.expected).toBeCloseTo(F, 9);
    const oracle = oracleProgress(await loadRawPlan(getPrisma(), YEAR, PERIOD), PERIOD, DEFAULT_THRESHOLDS);
    expectIndicatorsMatch(progress, oracle);
    expectRollUpsMatch(progress, oracle);
  });
});

describe("the same figures on the dashboard, in the API and in the export", () => {
  it("answers the API with the dashboard's numbers", async () => {
    const response = await progressRoute(
      new Request(`http://portal.test/api/v1/plans/${YEAR}/progress?period=${PERIOD}`, { headers: auth }),
      { params: Promise.resolve({ year: String(YEAR) }) },
    );
    const body = (await response.json()) as ReturnType<typeof progressJson>;
    expect(body).toEqual(progressJson(progress));
    const named = (name: string) => body.points.flatMap((p) => p.indicators).find((i) => i.name === name)!;
    expect(named("集中供养率")).toMatchObject({ rule: "LEVEL", completion: 1, expected: 1, status: "ON_TRACK" });
    expect(named("社会工作服务机构")).toMatchObject({
      quotaMode: "MINIMUM",
      achieved: 12,
      completion: 0.643,
      expected: 0.417,
      unitsMet: 4,
      unitsTotal: 7,
      forecast: null,
    });
    expect(named("每万人社区工作者")).toMatchObject({ baseline: 12, completion: 0.906, expected: 0.854, forecast: 18 });
    expect(body.points.flatMap((p) => p.indicators).map((i) => i.name)).not.toContain("已撤销指标");
  });

  it("writes the dashboard's numbers into the plan workbook: 年初值, 序时进度 and n/7 达标", async () => {
    const response = await exportRoute(
      new Request(`http://portal.test/api/v1/dashboard/export?view=plan&period=${PERIOD}`, { headers: auth }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("要点与指标")!;
    const rows = sheet.getRows(1, sheet.rowCount) ?? [];
    const header = rows.find((row) => (row.values as unknown[]).includes("县区达标"))!.values as unknown[];
    const cell = (name: string, column: string) =>
      rows.find((row) => row.getCell(header.indexOf("指标")).value === name)!.getCell(header.indexOf(column)).value;
    const level = indicator("集中供养率");
    expect([cell("集中供养率", "完成率"), cell("集中供养率", "序时进度")]).toEqual([level.completion, level.expected]);
    const agencies = indicator("社会工作服务机构");
    expect([
      cell("社会工作服务机构", "完成值"),
      cell("社会工作服务机构", "完成率"),
      cell("社会工作服务机构", "序时进度"),
      cell("社会工作服务机构", "县区达标"),
      cell("社会工作服务机构", "年末预测"),
    ]).toEqual([12, agencies.completion, agencies.expected, "4/7 个县区达标", "—"]);
    const workers = indicator("每万人社区工作者");
    expect([cell("每万人社区工作者", "年初值"), cell("每万人社区工作者", "序时进度")]).toEqual([12, workers.expected]);
    expect(cell("长者之家", "年初值")).toBe("—");
    expect(cell("长者之家", "年末预测")).toBe(26);
    expect(rows.some((row) => row.getCell(header.indexOf("指标")).value === "已撤销指标")).toBe(false);
    const heat = workbook.getWorksheet("指标×县区")!;
    expect(heat.getSheetValues().flat().includes("已撤销指标(个)")).toBe(false);
  });
});

describe("a baseline typed later", () => {
  it("moves the dashboard at once: the Baseline row bumps the data version the cache is keyed on", async () => {
    const db = getPrisma();
    const homes = indicator("长者之家");
    const yanglao = await db.unit.findUniqueOrThrow({ where: { code: "yanglao" }, select: { id: true } });
    const before = progress.dataVersion;
    await db.baseline.create({ data: { indicatorId: homes.id, unitId: yanglao.id, value: 5 } });
    const now = (await getPlanProgress(db, YEAR, PERIOD, new Date("2057-06-03T09:00:00+08:00")))!;
    expect(now.dataVersion).not.toBe(before);
    const after = now.points.flatMap((p) => p.indicators).find((i) => i.name === "长者之家")!;
    expect(after.baseline).toBe(5);
    expect(after.expected).toBeCloseTo((5 + 25 * F) / 30, 9);
    expect(after.forecast).toBe(19); // 5 + 6 ÷ 5/12 = 19.4 → 19 whole ones
    expect(after.completion).toBeCloseTo(11 / 30, 9); // completion stays achieved ÷ target
  });
});
