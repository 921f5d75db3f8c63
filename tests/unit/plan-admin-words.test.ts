// How a rule and a change read on the point page and in 修改记录.
import { describe, expect, it } from "vitest";
import { baselineInWords } from "@/lib/plans/admin/baseline-words";
import { changedWords, describeIndicator } from "@/lib/plans/admin/describe-setup";
import { ruleInWords } from "@/lib/plans/admin/words";

const BEDS = {
  name: "新增养老床位",
  unit: "张",
  target: 1000,
  direction: "AT_LEAST" as const,
  kind: "SUM" as const,
  wholeNumbers: true,
  quotaMode: "SPLIT" as const,
  rule: "LINEAR" as const,
  dueOn: null,
  sourceText: "新增养老床位1000张",
};

describe("the rule in words", () => {
  it("names each rule as the bureau says it", () => {
    expect(ruleInWords("LINEAR", null)).toBe("按月均衡");
    expect(ruleInWords("CURVE", null)).toBe("自定义序时进度");
    expect(ruleInWords("LEVEL", null)).toBe("全年保持");
    expect(ruleInWords("BY_DATE", "2022-06-30")).toBe("6月30日前完成");
  });
});

describe("a change in words", () => {
  it("keeps only what changed, old and new", () => {
    const change = changedWords(
      describeIndicator(BEDS),
      describeIndicator({ ...BEDS, target: 1200, quotaMode: "SAME" }),
    );
    expect(change).toEqual({
      before: { 年度目标: "≥ 1,000张", 分解方式: "分解到县区(合计等于目标)" },
      after: { 年度目标: "≥ 1,200张", 分解方式: "各县区同一目标" },
    });
  });

  it("is nothing when nothing changed", () => {
    expect(changedWords(describeIndicator(BEDS), describeIndicator({ ...BEDS }))).toBeNull();
  });
});

describe("a baseline in words", () => {
  it("shows a value with its unit, a rate from its parts, and 未设 for none", () => {
    expect(baselineInWords("SUM", "张", { value: 12, numerator: null, denominator: null })).toBe("12张");
    expect(baselineInWords("RATE", "%", { value: null, numerator: 9, denominator: 20 })).toBe("9/20 = 45%");
    expect(baselineInWords("RATIO", "人/万人", { value: null, numerator: 150, denominator: 10 })).toBe(
      "150/10 = 15人/万人",
    );
    expect(baselineInWords("RATE", "%", { value: null, numerator: 9, denominator: null })).toBe("未设");
    expect(baselineInWords("SUM", "张", null)).toBe("未设");
  });
});
