import { describe, expect, it } from "vitest";
import { implausibilityOf, type RuleIndicator, valueProblems } from "@/lib/reports/value-rules";

const homes: RuleIndicator = {
  name: "新建长者之家",
  unit: "个",
  kind: "SUM",
  target: 4,
  wholeNumbers: true,
  dueOn: null,
};
const lottery: RuleIndicator = {
  name: "福利彩票年度销售总额",
  unit: "亿元",
  kind: "SUM",
  target: 2.5,
  wholeNumbers: false,
  dueOn: null,
};
const pairing: RuleIndicator = {
  name: "结对帮扶率",
  unit: "%",
  kind: "RATE",
  target: 30,
  wholeNumbers: false,
  dueOn: null,
};
const workers: RuleIndicator = {
  name: "每万名城镇常住人口拥有社区工作者",
  unit: "人/万人",
  kind: "RATIO",
  target: 16,
  wholeNumbers: false,
  dueOn: null,
};
const rules: RuleIndicator = {
  name: "出台实施办法",
  unit: "项",
  kind: "MILESTONE",
  target: 1,
  wholeNumbers: false,
  dueOn: "2022-06-30",
};

const june: { period: string; today: string; lastApproved: number | null } = {
  period: "2022-06",
  today: "2022-07-03",
  lastApproved: null,
};
const messages = (indicator: RuleIndicator, row: object, context = june) =>
  valueProblems(indicator, { explanation: "", ...row }, context).map(
    (problem) => `${problem.field}: ${problem.message}`,
  );

describe("the rules a reported value meets at every door", () => {
  it("refuses a fraction of a counted thing, and takes one of an amount", () => {
    expect(messages(homes, { value: 2.5 })).toEqual(["value: 「新建长者之家」统计的是整数(个)，不能填 2.5"]);
    expect(messages(homes, { value: 3 })).toEqual([]);
    expect(messages(lottery, { value: 1.25 })).toEqual([]);
  });

  it("asks a 说明 of a value more than three times the quota or target, for a count, a rate and a ratio", () => {
    expect(messages(homes, { value: 12 })).toEqual([]);
    expect(messages(homes, { value: 13 })).toEqual(["explanation: 超过本单位目标的3倍，请说明"]);
    expect(messages(homes, { value: 13, explanation: "含上年结转的9个" })).toEqual([]);
    expect(implausibilityOf(homes, { value: 13 }, null)).toBe("OVER_TARGET");
    // 95 of 100 is 95%, more than three times a 30% target
    expect(implausibilityOf(pairing, { numerator: 95, denominator: 100 }, null)).toBe("OVER_TARGET");
    expect(implausibilityOf(pairing, { numerator: 85, denominator: 100 }, null)).toBeNull();
    // 500 workers for 10 (万人) is 50 人/万人, more than three times 16
    expect(implausibilityOf(workers, { numerator: 500, denominator: 10 }, null)).toBe("OVER_TARGET");
    expect(implausibilityOf(workers, { numerator: 150, denominator: 10 }, null)).toBeNull();
  });

  it("still asks a 说明 of a cumulative value below last month's approved one", () => {
    const afterMay = { ...june, lastApproved: 3 };
    expect(messages(homes, { value: 2 }, afterMay)).toEqual(["explanation: 低于上月已审核值，请说明"]);
    expect(implausibilityOf(homes, { value: 2 }, 3)).toBe("BELOW_LAST");
    expect(messages(homes, { value: 2, explanation: "核减重复统计" }, afterMay)).toEqual([]);
    expect(messages(homes, { value: 3 }, afterMay)).toEqual([]);
  });

  it("keeps the rate rules: both parts, no zero denominator, no rate above 100%", () => {
    expect(messages(pairing, { numerator: 3 })).toEqual(["denominator: 须同时填写分子和分母。"]);
    expect(messages(pairing, { numerator: 3, denominator: 0 })).toEqual(["denominator: 的分母不能为 0。"]);
    expect(messages(pairing, { numerator: 12, denominator: 10 })[0]).toBe(
      "numerator: 的比率不能超过 100%(分子大于分母)。",
    );
  });

  it("asks a done milestone for its day, not in the future and not after the month reported", () => {
    expect(messages(rules, { done: true })).toEqual(["doneOn: 已完成的请填写完成日期"]);
    expect(messages(rules, { done: true, doneOn: "2022-06-20" })).toEqual([]);
    expect(messages(rules, { done: true, doneOn: "2022-07-01" })).toEqual([
      "doneOn: 完成日期 2022-07-01 不能晚于所填报的2022年6月",
    ]);
    expect(messages(rules, { done: true, doneOn: "2022-06-20" }, { ...june, today: "2022-06-15" })).toEqual([
      "doneOn: 完成日期 2022-06-20 不能晚于今天",
    ]);
    expect(messages(rules, { done: false })).toEqual([]);
  });
});
