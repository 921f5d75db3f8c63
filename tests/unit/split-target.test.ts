import { describe, expect, it } from "vitest";
import { COUNTIES } from "@/lib/org/units";
import { DEMO_COUNTY_WEIGHTS, splitTargetAcrossCounties } from "@/lib/plans/split-target";

const inSteps = (quotas: { target: number }[], step: number) => quotas.map((q) => Math.round(q.target / step));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const byCode = (quotas: { unitCode: string; target: number }[]) =>
  Object.fromEntries(quotas.map((q) => [q.unitCode, q.target]));

describe("splitTargetAcrossCounties", () => {
  it("splits 2.5亿元 into whole 0.01亿元 shares that add up exactly", () => {
    const quotas = splitTargetAcrossCounties(2.5, 0.01, DEMO_COUNTY_WEIGHTS);
    const hundredths = inSteps(quotas, 0.01);
    expect(sum(hundredths)).toBe(250);
    for (const [i, q] of quotas.entries()) expect(q.target).toBe(hundredths[i] / 100);
    expect(sum(quotas.map((q) => q.target))).toBeCloseTo(2.5, 10);
    const share = byCode(quotas);
    expect(share.xianyou).toBeGreaterThan(share.chengxiang);
    expect(share.licheng).toBeGreaterThan(share.beian);
    expect(share.beian).toBeGreaterThanOrEqual(0.01);
    expect(share.meizhou).toBeGreaterThanOrEqual(0.01);
  });

  it("gives every county at least one of 13 sites, the larger counties more", () => {
    const quotas = splitTargetAcrossCounties(13, 1, DEMO_COUNTY_WEIGHTS);
    expect(sum(quotas.map((q) => q.target))).toBe(13);
    expect(byCode(quotas)).toEqual({
      licheng: 2,
      chengxiang: 2,
      hanjiang: 2,
      xiuyu: 2,
      xianyou: 3,
      beian: 1,
      meizhou: 1,
    });
  });

  it("leaves the smallest counties at zero when there are fewer steps than counties", () => {
    const quotas = splitTargetAcrossCounties(5, 1, DEMO_COUNTY_WEIGHTS);
    expect(sum(quotas.map((q) => q.target))).toBe(5);
    expect(byCode(quotas)).toMatchObject({ beian: 0, meizhou: 0, xianyou: 1 });
  });

  it("covers all seven counties once, with demo weights ranking 仙游 荔城 涵江 first and 北岸 湄洲岛 last", () => {
    expect(DEMO_COUNTY_WEIGHTS.map((w) => w.unitCode).sort()).toEqual(COUNTIES.map((c) => c.code).sort());
    const ranked = [...DEMO_COUNTY_WEIGHTS].sort((a, b) => b.weight - a.weight).map((w) => w.unitCode);
    expect(ranked.slice(0, 3).sort()).toEqual(["hanjiang", "licheng", "xianyou"]);
    expect(ranked.slice(-2).sort()).toEqual(["beian", "meizhou"]);
  });

  it("adds up exactly for every count from 0 to 200 and every amount from 0 to 5亿元", () => {
    for (let n = 0; n <= 200; n += 1) {
      expect(sum(splitTargetAcrossCounties(n, 1, DEMO_COUNTY_WEIGHTS).map((q) => q.target))).toBe(n);
    }
    for (let h = 0; h <= 500; h += 1) {
      expect(sum(inSteps(splitTargetAcrossCounties(h / 100, 0.01, DEMO_COUNTY_WEIGHTS), 0.01))).toBe(h);
    }
  });

  it("is deterministic, ties going to the earlier unit", () => {
    expect(splitTargetAcrossCounties(40, 1, DEMO_COUNTY_WEIGHTS)).toEqual(
      splitTargetAcrossCounties(40, 1, DEMO_COUNTY_WEIGHTS),
    );
    const tie = [
      { unitCode: "a", weight: 1 },
      { unitCode: "b", weight: 1 },
    ];
    expect(splitTargetAcrossCounties(1, 1, tie)).toEqual([
      { unitCode: "a", target: 1, isDemo: true },
      { unitCode: "b", target: 0, isDemo: true },
    ]);
  });

  it("refuses a target that is not a whole number of steps, or weights that sum to zero", () => {
    expect(() => splitTargetAcrossCounties(2.555, 0.01, DEMO_COUNTY_WEIGHTS)).toThrow(/不是步长/);
    expect(() => splitTargetAcrossCounties(3, 1, [{ unitCode: "a", weight: 0 }])).toThrow(/权重/);
    expect(() => splitTargetAcrossCounties(3, 0, DEMO_COUNTY_WEIGHTS)).toThrow(/步长/);
  });
});
