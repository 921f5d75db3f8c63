import { describe, expect, it } from "vitest";
import { proposeMeasurement } from "@/lib/plans/propose-measurement";

const propose = (words: string, unit: string, kind: "SUM" | "RATE" | "RATIO" | "MILESTONE") =>
  proposeMeasurement(words, unit, kind, 2022);

describe("the measurement proposed from an indicator's words", () => {
  it("holds a rate the words say to ensure at a level all year", () => {
    expect(propose("确保有意愿的生活不能自理特困人员集中供养率达100%", "%", "RATE")).toMatchObject({
      rule: "LEVEL",
      wholeNumbers: false,
      quotaMode: "NONE",
      baselineIsTarget: false,
    });
  });

  it("holds a share 按照不低于3%的比例 at a level", () => {
    expect(propose("按照不低于3%的比例用于购买服务", "%", "RATE").rule).toBe("LEVEL");
  });

  it("keeps a level reached before the year began (管护好…28个已完成修缮): the baseline is the target", () => {
    expect(propose("管护好中共福建省委东湖旧址等28个已完成修缮的革命遗址", "个", "SUM")).toMatchObject({
      rule: "LEVEL",
      wholeNumbers: true,
      baselineIsTarget: true,
    });
  });

  it("grows a per-population ratio linearly, and 人/万人 is not a count", () => {
    expect(propose("力争实现每万名城镇常住人口拥有社区工作者16人", "人/万人", "RATIO")).toMatchObject({
      rule: "LINEAR",
      wholeNumbers: false,
    });
  });

  it("gives every county a minimum of whole things where the words say 每个县区…不少于", () => {
    expect(propose("指导每个县区引进、培育不少于2家民政领域社会工作服务机构", "家", "SUM")).toMatchObject({
      rule: "LINEAR",
      quotaMode: "MINIMUM",
      wholeNumbers: true,
    });
  });

  it("dates what must be done by a month's end", () => {
    expect(propose("6月底前出台实施办法", "项", "MILESTONE")).toMatchObject({ rule: "BY_DATE", dueOn: "2022-06-30" });
    expect(propose("九月底前完成验收", "项", "MILESTONE").dueOn).toBe("2022-09-30");
    expect(propose("全面完成实施办法制定", "项", "MILESTONE")).toMatchObject({ rule: "BY_DATE", dueOn: "2022-12-31" });
  });

  it("grows an amount linearly, split across the counties, not in whole numbers", () => {
    expect(propose("力争年度销售总额达到2.5亿元", "亿元", "SUM")).toMatchObject({
      rule: "LINEAR",
      quotaMode: "SPLIT",
      wholeNumbers: false,
    });
  });

  it("is not misled by 持续 before something being built", () => {
    expect(propose("持续推进新建长者之家30个", "个", "SUM")).toMatchObject({ rule: "LINEAR", wholeNumbers: true });
    expect(propose("持续落实社会救助资金按照不低于3%的比例用于购买服务", "%", "RATE").rule).toBe("LEVEL");
  });
});
