import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { PlanData } from "@/lib/plans/plan-data";
import { savePlan } from "@/lib/plans/save-plan";

function samplePlan(year: number, leadUnitCode = "yanglao"): PlanData {
  return {
    year,
    title: `${year}年全市民政工作要点`,
    docNumber: `莆民〔${year}〕3号`,
    issuer: "莆田市民政局",
    issuedAt: `${year}-02-01`,
    sections: [
      {
        no: 1,
        title: "提升养老服务供给",
        points: [
          {
            no: 1,
            title: "新建长者食堂",
            text: "新建长者食堂10个。",
            leadUnitCode,
            supportingUnitCodes: ["licheng"],
            kind: "QUANTITATIVE",
            indicators: [
              {
                name: "新建长者食堂",
                unit: "个",
                target: 10,
                direction: "AT_LEAST",
                kind: "SUM",
                sourceText: "新建长者食堂10个",
                wholeNumbers: true,
                quotaMode: "SPLIT",
                rule: "LINEAR",
                dueOn: null,
                baselines: [],
                quotas: [{ unitCode: "licheng", target: 10, isDemo: false }],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe("saving a confirmed plan", () => {
  it("saves the whole plan with its indicators, quotas and responsible units", async () => {
    await savePlan(getPrisma(), samplePlan(2031), { sourceText: "新建长者食堂10个。", demoQuotas: false });
    const point = await getPrisma().workPoint.findFirstOrThrow({
      where: { plan: { year: 2031 }, no: 1 },
      select: {
        leadUnit: { select: { code: true } },
        supportingUnits: { select: { unit: { select: { code: true } } } },
        indicators: { select: { target: true, quotas: { select: { target: true, isDemo: true } } } },
      },
    });
    expect(point.leadUnit.code).toBe("yanglao");
    expect(point.supportingUnits).toEqual([{ unit: { code: "licheng" } }]);
    expect(point.indicators[0].target.toNumber()).toBe(10);
    expect(point.indicators[0].quotas.map((quota) => [quota.target.toNumber(), quota.isDemo])).toEqual([[10, false]]);
  });

  it("refuses a year that already has a plan and leaves the existing plan as it was", async () => {
    const before = await getPrisma().workPoint.count({ where: { plan: { year: 2022 } } });
    await expect(savePlan(getPrisma(), samplePlan(2022), { sourceText: "x", demoQuotas: false })).rejects.toThrow(
      new UserError("2022年的工作要点已存在,未做任何改动。"),
    );
    expect(await getPrisma().workPoint.count({ where: { plan: { year: 2022 } } })).toBe(before);
    expect((await getPrisma().plan.findUniqueOrThrow({ where: { year: 2022 } })).docNumber).toBe("莆民〔2022〕11号");
  });

  it("leaves nothing behind when a part of the plan is invalid", async () => {
    await expect(
      savePlan(getPrisma(), samplePlan(2032, "no-such-unit"), { sourceText: "x", demoQuotas: false }),
    ).rejects.toThrow("未知单位代码「no-such-unit」");
    expect(await getPrisma().plan.findUnique({ where: { year: 2032 } })).toBeNull();
  });

  it("keeps demo quotas out of a production start and document quotas in", async () => {
    const plan = samplePlan(2033);
    plan.sections[0].points[0].indicators[0].quotas = [
      { unitCode: "licheng", target: 6, isDemo: true },
      { unitCode: "xianyou", target: 4, isDemo: false },
    ];
    await savePlan(getPrisma(), plan, { sourceText: "x", demoQuotas: false });
    const quotas = await getPrisma().quota.findMany({
      where: { indicator: { point: { plan: { year: 2033 } } } },
      select: { unit: { select: { code: true } } },
    });
    expect(quotas).toEqual([{ unit: { code: "xianyou" } }]);
  });
});
