import { describe, expect, it } from "vitest";
import { findPlanProblems } from "@/lib/plans/check-plan";
import type { IndicatorData, PlanData } from "@/lib/plans/plan-data";

const source = [
  "2023年全市民政工作要点",
  "一、兜底保障",
  "1.提高低保标准,新建长者之家30个、长者食堂25个。",
  "2.开展业务培训。",
  "二、社区治理",
  "3.力争实现每万名城镇常住人口拥有社区工作者16人,困境儿童结对帮扶率达到45%。",
].join("\n");

const indicator = (name: string, unit: string, target: number, sourceText: string): IndicatorData => ({
  name,
  unit,
  target,
  direction: "AT_LEAST",
  kind: unit === "%" ? "RATE" : unit.includes("/") ? "RATIO" : "SUM",
  sourceText,
  wholeNumbers: unit === "个",
  quotaMode: "NONE",
  rule: "LINEAR",
  dueOn: null,
  baselines: [],
  quotas: [],
});

/** The plan a supervisor confirms for `source`; each call returns a fresh copy to edit. */
function validPlan(): PlanData {
  return {
    year: 2023,
    title: "2023年全市民政工作要点",
    docNumber: "莆民〔2023〕5号",
    issuer: "莆田市民政局",
    issuedAt: "2023-02-10",
    sections: [
      {
        no: 1,
        title: "兜底保障",
        points: [
          {
            no: 1,
            title: "提高低保标准",
            text: "提高低保标准,新建长者之家30个、长者食堂25个。",
            leadUnitCode: "yanglao",
            supportingUnitCodes: ["jiuzhu"],
            kind: "QUANTITATIVE",
            indicators: [
              indicator("长者之家", "个", 30, "新建长者之家30个"),
              indicator("长者食堂", "个", 25, "长者食堂25个"),
            ],
          },
          {
            no: 2,
            title: "开展业务培训",
            text: "开展业务培训。",
            leadUnitCode: "office",
            supportingUnitCodes: [],
            kind: "QUANTITATIVE",
            indicators: [],
          },
        ],
      },
      {
        no: 2,
        title: "社区治理",
        points: [
          {
            no: 3,
            title: "社区工作者队伍",
            text: "力争实现每万名城镇常住人口拥有社区工作者16人,困境儿童结对帮扶率达到45%。",
            leadUnitCode: "jiceng",
            supportingUnitCodes: [],
            kind: "QUANTITATIVE",
            indicators: [
              indicator("每万人社区工作者", "人/万人", 16, "每万名城镇常住人口拥有社区工作者16人"),
              indicator("困境儿童结对帮扶率", "%", 45, "困境儿童结对帮扶率达到45%"),
            ],
          },
        ],
      },
    ],
  };
}

describe("findPlanProblems", () => {
  it("finds nothing wrong with a plan confirmed from its document", () => {
    expect(findPlanProblems(validPlan(), source)).toEqual([]);
  });

  it("refuses a point whose text was edited away from the document", () => {
    const plan = validPlan();
    plan.sections[0].points[0].text = "提高低保标准,新建长者之家40个、长者食堂25个。";
    plan.sections[0].points[0].indicators = [];
    expect(findPlanProblems(plan, source)).toEqual(["第1条的原文在文件中找不到,要点原文不能修改。"]);
  });

  it("refuses an indicator whose source words are not in its point", () => {
    const plan = validPlan();
    plan.sections[0].points[0].indicators[0].sourceText = "新建长者之家40个";
    expect(findPlanProblems(plan, source)).toEqual([
      "第1条指标「长者之家」的原文依据「新建长者之家40个」不在该条原文中。",
    ]);
  });

  it("refuses an indicator whose source words come from another point", () => {
    const plan = validPlan();
    plan.sections[0].points[0].indicators[1].sourceText = "困境儿童结对帮扶率达到45%";
    expect(findPlanProblems(plan, source)).toEqual([
      "第1条指标「长者食堂」的原文依据「困境儿童结对帮扶率达到45%」不在该条原文中。",
    ]);
  });

  it("refuses two indicators with the same name in one point", () => {
    const plan = validPlan();
    plan.sections[0].points[0].indicators[1].name = "长者之家";
    expect(findPlanProblems(plan, source)).toEqual(["第1条有两个同名指标「长者之家」。"]);
  });

  it("accepts the same indicator name in two different points", () => {
    const plan = validPlan();
    plan.sections[1].points[0].indicators[0].name = "长者之家";
    expect(findPlanProblems(plan, source)).toEqual([]);
  });

  it("refuses a point number used twice", () => {
    const plan = validPlan();
    plan.sections[1].points[0].no = 2;
    expect(findPlanProblems(plan, source)).toEqual(["第2条重复出现。"]);
  });

  it("refuses a section number used twice", () => {
    const plan = validPlan();
    plan.sections[1].no = 1;
    expect(findPlanProblems(plan, source)).toEqual(["第1部分重复出现。"]);
  });

  it("reports every problem, not only the first", () => {
    const plan = validPlan();
    plan.sections[0].points[1].text = "开展业务培训和考核。";
    plan.sections[1].points[0].no = 2;
    expect(findPlanProblems(plan, source)).toEqual(["第2条的原文在文件中找不到,要点原文不能修改。", "第2条重复出现。"]);
  });

  it("does not count full-width digits and marks in the document as an edit", () => {
    const fullWidthSource = source
      .replace("长者之家30个", "长者之家３０个")
      .replace("社区工作者16人", "社区工作者１６人")
      .replace("达到45%", "达到４５％");
    expect(fullWidthSource).not.toBe(source);
    expect(findPlanProblems(validPlan(), fullWidthSource)).toEqual([]);
  });

  it("does not count full-width digits in the confirmed plan as an edit", () => {
    const plan = validPlan();
    const point = plan.sections[1].points[0];
    point.text = "力争实现每万名城镇常住人口拥有社区工作者１６人,困境儿童结对帮扶率达到４５％。";
    expect(findPlanProblems(plan, source)).toEqual([]);
  });

  it("matches an indicator's half-width source words against a full-width point text", () => {
    const plan = validPlan();
    plan.sections[0].points[0].text = "提高低保标准,新建长者之家３０个、长者食堂２５个。";
    expect(findPlanProblems(plan, source)).toEqual([]);
  });

  it("refuses measurement choices the plan could not be run by", () => {
    const plan = validPlan();
    const [homes, canteens] = plan.sections[0].points[0].indicators;
    Object.assign(homes, { rule: "BY_DATE", dueOn: null });
    Object.assign(canteens, { rule: "BY_DATE", dueOn: "2024-06-30", target: 25.5 });
    Object.assign(plan.sections[1].points[0].indicators[0], { kind: "MILESTONE", quotaMode: "SAME" });
    expect(findPlanProblems(plan, source)).toEqual([
      "第1条指标「长者之家」选择了限期完成,请填写完成时限。",
      "第1条指标「长者食堂」的完成时限 2024-06-30 不在2023年内。",
      "第1条指标「长者食堂」统计的是整数,目标值 25.5 应为整数。",
      "第3条指标「每万人社区工作者」是节点,由牵头单位填报,分解方式应为“不分解”。",
    ]);
  });
});
