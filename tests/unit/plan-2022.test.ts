import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_UNITS, COUNTIES, DEPARTMENTS } from "@/lib/org/units";
import { applyPlanDecisions, type PlanDecisions } from "@/lib/plans/apply-plan-decisions";
import { parsePlanDocument } from "@/lib/plans/parse-plan-document";
import { plan2022Decisions } from "@/lib/plans/plan-2022-decisions";

const seedUrl = new URL("../../prisma/seed/plan-2022.txt", import.meta.url);
const sharedUrl = new URL("../../../shared/seed/000_e2c4e50bfac4eb37.txt", import.meta.url);
const seed = readFileSync(seedUrl, "utf8");
const parsed = parsePlanDocument(seed);
const plan = applyPlanDecisions(parsed, plan2022Decisions);
const points = plan.sections.flatMap((s) => s.points);
const point = (no: number) => points.find((p) => p.no === no)!;
const summary = (no: number) =>
  point(no).indicators.map(({ name, unit, target, direction, kind }) => ({ name, unit, target, direction, kind }));
const countyCodes = COUNTIES.map((c) => c.code).sort();

/** A copy of the decisions with one point's decision changed. */
function withPoint(no: number, change: (d: PlanDecisions["points"][number]) => object | null): PlanDecisions {
  const changed = plan2022Decisions.points.map((d) => (d.no === no ? change(structuredClone(d)) : d));
  return { ...plan2022Decisions, points: changed.filter((d) => d !== null) as PlanDecisions["points"] };
}

describe("the 2022 plan as the portal imports it", () => {
  it("ships a byte-identical copy of the bureau's document", () => {
    if (existsSync(sharedUrl)) expect(readFileSync(seedUrl).equals(readFileSync(sharedUrl))).toBe(true);
    expect(seed).toContain("2022全市民政工作要点");
  });

  it("has the notice's metadata", () => {
    expect(plan).toMatchObject({
      year: 2022,
      title: "2022年全市民政工作要点",
      docNumber: "莆民〔2022〕11号",
      issuer: "莆田市民政局",
      issuedAt: "2022-02-15",
    });
  });

  it("has 43 points numbered 1..43 in 10 sections, each text verbatim from the document", () => {
    expect(plan.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(points.map((p) => p.no)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    for (const p of points) expect(seed).toContain(p.text);
  });

  it("gives every point a short title, a lead department and known supporting units", () => {
    const departments = new Set(DEPARTMENTS.map((d) => d.code));
    const known = new Set(ALL_UNITS.map((u) => u.code));
    for (const p of points) {
      const han = p.title.match(/\p{Script=Han}/gu) ?? [];
      expect(han.length, `第${p.no}条标题`).toBeGreaterThan(3);
      expect(han.length, `第${p.no}条标题`).toBeLessThanOrEqual(16);
      expect(departments.has(p.leadUnitCode), `第${p.no}条牵头单位`).toBe(true);
      for (const code of p.supportingUnitCodes) expect(known.has(code)).toBe(true);
      expect(p.supportingUnitCodes).not.toContain(p.leadUnitCode);
    }
    expect(point(11).title).toBe("新建长者之家、长者食堂和农村幸福院");
    expect(point(38).leadUnitCode).toBe("fucai");
  });

  it("takes every target from its point's own words", () => {
    for (const p of points) {
      for (const i of p.indicators) {
        expect(p.text).toContain(i.sourceText);
        expect(i.sourceText).toContain(String(i.target));
        expect(p.text).toContain(String(i.target));
      }
    }
    expect(point(11).indicators[0].sourceText).toBe("新建长者之家30个");
  });

  it("has exactly the reviewed indicators", () => {
    const all = points.flatMap((p) => p.indicators.map((i) => `${p.no} ${i.name} ${i.target}${i.unit}`));
    expect(all).toHaveLength(20);
    expect(points.filter((p) => p.indicators.length > 0).map((p) => p.no)).toEqual([
      5, 11, 12, 14, 17, 23, 26, 30, 31, 34, 36, 38,
    ]);
    expect(summary(11)).toEqual([
      { name: "新建长者之家", unit: "个", target: 30, direction: "AT_LEAST", kind: "SUM" },
      { name: "新建长者食堂", unit: "个", target: 25, direction: "AT_LEAST", kind: "SUM" },
      { name: "新建农村幸福院", unit: "个", target: 5, direction: "AT_LEAST", kind: "SUM" },
      { name: "提升改造农村幸福院", unit: "个", target: 135, direction: "AT_LEAST", kind: "SUM" },
    ]);
    expect(summary(14)).toEqual([
      { name: "新增养老床位", unit: "张", target: 1000, direction: "AT_LEAST", kind: "SUM" },
    ]);
    expect(summary(17)).toEqual([
      { name: "乡镇示范点建设", unit: "个", target: 13, direction: "AT_LEAST", kind: "SUM" },
      { name: "乡镇示范点困境儿童结对帮扶率", unit: "%", target: 100, direction: "AT_LEAST", kind: "RATE" },
      { name: "县(区、管委会)困境儿童结对帮扶率", unit: "%", target: 45, direction: "AT_LEAST", kind: "RATE" },
    ]);
    expect(summary(23)).toEqual([
      { name: "每万名城镇常住人口拥有社区工作者", unit: "人/万人", target: 16, direction: "AT_LEAST", kind: "RATIO" },
    ]);
    expect(summary(30)).toEqual([
      { name: "每个县区引进培育社会工作服务机构", unit: "家", target: 2, direction: "AT_LEAST", kind: "SUM" },
    ]);
    expect(summary(31)).toEqual([
      { name: "社会救助资金用于购买服务比例", unit: "%", target: 3, direction: "AT_LEAST", kind: "RATE" },
    ]);
    expect(summary(38)).toEqual([
      { name: "福利彩票年度销售总额", unit: "亿元", target: 2.5, direction: "AT_LEAST", kind: "SUM" },
    ]);
  });

  it("splits every county-reported SUM target into quotas for all seven counties that add up exactly", () => {
    const sums = points.flatMap((p) => p.indicators).filter((i) => i.quotaMode === "SPLIT" && i.quotas.length > 0);
    expect(sums).toHaveLength(13);
    for (const i of sums) {
      expect(i.quotas.map((q) => q.unitCode).sort()).toEqual(countyCodes);
      const step = i.unit === "亿元" ? 0.01 : 1;
      const steps = i.quotas.map((q) => Math.round(q.target / step));
      for (const [k, q] of i.quotas.entries()) expect(q.target).toBeCloseTo(steps[k] * step, 10);
      expect(steps.reduce((a, b) => a + b, 0)).toBe(Math.round(i.target / step));
    }
    // The 12 industry chains are city-wide and reported by 社会组织科.
    expect(point(26).indicators[0].quotas).toEqual([]);
    // Floors the document sets for each county are real quotas; a city rate applied to every county is a demo assumption.
    expect(point(30).indicators[0].quotas).toEqual(
      COUNTIES.map((c) => ({ unitCode: c.code, target: 2, isDemo: false })),
    );
    expect(point(17).indicators[2].quotas).toEqual(
      COUNTIES.map((c) => ({ unitCode: c.code, target: 45, isDemo: false })),
    );
    expect(point(17).indicators[1].quotas).toEqual(
      COUNTIES.map((c) => ({ unitCode: c.code, target: 100, isDemo: true })),
    );
    expect(sums.every((i) => i.quotas.every((q) => q.isDemo))).toBe(true);
  });

  it("measures each of the 20 indicators the way its words mean (the import proposes the rules)", () => {
    const measured = (no: number) =>
      point(no).indicators.map((i) => `${i.name}: ${i.rule} ${i.quotaMode}${i.wholeNumbers ? " 整数" : ""}`);
    const all = points.flatMap((p) => p.indicators);
    expect(all).toHaveLength(20);
    // level, baseline from the start of the year
    expect(measured(5)).toEqual(["有意愿的生活不能自理特困人员集中供养率: LEVEL SAME"]);
    expect(measured(31)).toEqual(["社会救助资金用于购买服务比例: LEVEL SAME"]);
    expect(measured(34)).toEqual(["革命遗址修缮项目: LINEAR SPLIT 整数", "管护已修缮革命遗址: LEVEL SPLIT 整数"]);
    const repaired = point(34).indicators[1];
    expect(repaired.baselines.find((b) => b.unitCode === "laoqu")?.value).toBe(28);
    expect(repaired.baselines.filter((b) => b.unitCode !== "laoqu").reduce((t, b) => t + (b.value ?? 0), 0)).toBe(28);
    // linear from the baseline
    expect(measured(17)).toEqual([
      "乡镇示范点建设: LINEAR SPLIT 整数",
      "乡镇示范点困境儿童结对帮扶率: LINEAR SAME",
      "县(区、管委会)困境儿童结对帮扶率: LINEAR SAME",
    ]);
    expect(measured(23)).toEqual(["每万名城镇常住人口拥有社区工作者: LINEAR SAME"]);
    // linear, whole things
    for (const no of [11, 12, 14, 36]) expect(measured(no).every((m) => m.endsWith("LINEAR SPLIT 整数"))).toBe(true);
    expect(measured(26)).toEqual(["社会组织参与市重点产业链: LINEAR NONE 整数"]);
    // a minimum for every county, whole things
    expect(measured(30)).toEqual(["每个县区引进培育社会工作服务机构: LINEAR MINIMUM 整数"]);
    // linear, an amount
    expect(measured(38)).toEqual(["福利彩票年度销售总额: LINEAR SPLIT"]);
  });
});

describe("applyPlanDecisions refuses an incomplete review", () => {
  it("names a point that has no decision", () => {
    expect(() =>
      applyPlanDecisions(
        parsed,
        withPoint(43, () => null),
      ),
    ).toThrow(/第43条.*没有审定决定/);
  });

  it("names the point when a decision picks a number the point does not contain", () => {
    const wrong = withPoint(11, (d) => ({
      ...d,
      indicators: [{ ...d.indicators[0], pick: "31个" }, ...d.indicators.slice(1)],
    }));
    expect(() => applyPlanDecisions(parsed, wrong)).toThrow(
      "第11条“新建长者之家、长者食堂和农村幸福院”：原文中找不到数值“31个”（第1处）",
    );
  });

  it("refuses a number that is neither an indicator nor excluded, and a target that differs from the text", () => {
    expect(() =>
      applyPlanDecisions(
        parsed,
        withPoint(31, (d) => ({ ...d, excluded: [] })),
      ),
    ).toThrow(/第31条.*“3个”既未设为指标/);
    const typo = withPoint(14, (d) => ({ ...d, indicators: [{ ...d.indicators[0], target: 100 }] }));
    expect(() => applyPlanDecisions(parsed, typo)).toThrow(/第14条.*目标100与原文“1000张”不符/);
  });

  it("refuses unknown unit codes and missing metadata", () => {
    expect(() =>
      applyPlanDecisions(
        parsed,
        withPoint(1, (d) => ({ ...d, lead: "nobody" })),
      ),
    ).toThrow(/第1条.*未知单位代码“nobody”/);
    const noNumber = { ...parsed, docNumber: null };
    const noOverride = { ...plan2022Decisions, metadata: { ...plan2022Decisions.metadata, docNumber: undefined } };
    expect(() => applyPlanDecisions(noNumber, noOverride)).toThrow("计划缺少文号，请在审定决定中补充");
  });
});
