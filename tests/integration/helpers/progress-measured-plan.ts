// A small plan measured the way its words mean, in a year of its own: a rate to reach and hold (LEVEL),
// a minimum for every county where one county stays at 0, a ratio from its baseline beside a retired
// indicator that still has a report, whole things, and a milestone due in September. Reports of May.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { COUNTIES } from "./progress-big-plan";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./progress-plans";

export const MEASURED_PERIOD = (year: number) => `${year}-05`;
/** Each county's 社会工作服务机构 in May (Meizhou has not reported): 4 of 7 meet their 2. */
export const AGENCIES: Record<string, number | undefined> = {
  licheng: 5,
  chengxiang: 0,
  hanjiang: 2,
  xiuyu: 2,
  xianyou: 1,
  beian: 2,
};

export async function createMeasuredPlan(db: PrismaClient, year: number) {
  const plan = await createPlan(db, year, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "集中供养率", kind: "RATE", target: 100, rule: "LEVEL", quotas: {} }],
      },
      {
        leadUnit: "shegong",
        indicators: [
          {
            name: "社会工作服务机构",
            kind: "SUM",
            target: 2,
            wholeNumbers: true,
            quotaMode: "MINIMUM",
            quotas: Object.fromEntries(COUNTIES.map((code) => [code, 2])),
          },
        ],
      },
      {
        leadUnit: "jiceng",
        indicators: [
          {
            name: "每万人社区工作者",
            kind: "RATIO",
            target: 16,
            quotas: {},
            baselines: { jiceng: { numerator: 1200, denominator: 100 } },
          },
          { name: "已撤销指标", kind: "SUM", target: 10, retired: true, quotas: {} },
        ],
      },
      {
        leadUnit: "yanglao",
        indicators: [{ name: "长者之家", kind: "SUM", target: 30, wholeNumbers: true, quotas: {} }],
      },
      {
        leadUnit: "shiwu",
        indicators: [
          { name: "出台实施办法", kind: "MILESTONE", target: 1, rule: "BY_DATE", dueOn: `${year}-09-30`, quotas: {} },
        ],
      },
    ],
  ]);
  const units = await unitIdsByCode(db);
  const [rate, agencies, workers, eldercare, milestone] = plan.points;
  const id = (point: (typeof plan.points)[number], index = 0) => point.indicators[index].id;
  const period = MEASURED_PERIOD(year);
  await writeApprovedReports(db, [
    {
      unitId: units.get("yanglao")!,
      pointId: rate.id,
      period,
      values: [{ indicatorId: id(rate), numerator: 50, denominator: 50 }],
    },
    ...Object.entries(AGENCIES).map(([code, value]) => ({
      unitId: units.get(code)!,
      pointId: agencies.id,
      period,
      values: [{ indicatorId: id(agencies), value }],
    })),
    {
      unitId: units.get("jiceng")!,
      pointId: workers.id,
      period,
      values: [
        { indicatorId: id(workers), numerator: 1450, denominator: 100 },
        { indicatorId: id(workers, 1), value: 10 },
      ],
    },
    {
      unitId: units.get("yanglao")!,
      pointId: eldercare.id,
      period,
      values: [{ indicatorId: id(eldercare), value: 11 }],
    },
    {
      unitId: units.get("shiwu")!,
      pointId: milestone.id,
      period,
      values: [{ indicatorId: id(milestone), done: false }],
    },
  ]);
  return plan;
}
