// The province set: 77 simulated county-level units beside the seven real ones (Fujian has 84), and
// every plan year's quotas split over all 84 of them.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { COUNTIES } from "../../lib/org/units";
import type { PlanData } from "../../lib/plans/plan-data";
import { DEMO_COUNTY_WEIGHTS, splitTargetAcrossCounties, type CountyWeight } from "../../lib/plans/split-target";

const EXTRA = 77;
// A province has about twelve times the city's caseload: quotas split over 84 units stay above zero.
const PROVINCE_SCALE = 12;

const extraCode = (index: number) => `sim-county-${String(index + 1).padStart(2, "0")}`;

export function provinceWeights(): CountyWeight[] {
  const extras = Array.from({ length: EXTRA }, (_, index) => ({
    unitCode: extraCode(index),
    weight: 3 + ((index * 7) % 24),
  }));
  return [...DEMO_COUNTY_WEIGHTS, ...extras];
}

export async function addProvinceCounties(db: PrismaClient): Promise<void> {
  const { _max } = await db.unit.aggregate({ _max: { sortOrder: true } });
  const first = (_max.sortOrder ?? 0) + 1;
  await db.unit.createMany({
    data: Array.from({ length: EXTRA }, (_, index) => ({
      code: extraCode(index),
      name: `模拟县区${String(index + 1).padStart(2, "0")}`,
      shortName: `模拟县区${index + 1}`,
      kind: "COUNTY" as const,
      sortOrder: first + index,
    })),
  });
  if (COUNTIES.length + EXTRA !== 84) throw new Error("省级数据集应有 84 个县级单位");
}

/** The 2022 plan as the plan of `year`, every quota'd indicator split over all 84 units. */
export function provincePlan(plan: PlanData, year: number): PlanData {
  const weights = provinceWeights();
  return {
    ...plan,
    year,
    title: plan.title.replaceAll("2022", String(year)),
    issuedAt: plan.issuedAt.replace(/^\d{4}/, String(year)),
    sections: plan.sections.map((section) => ({
      ...section,
      points: section.points.map((point) => ({
        ...point,
        indicators: point.indicators.map((indicator) => {
          if (indicator.quotas.length === 0) return indicator;
          if (indicator.kind !== "SUM")
            return {
              ...indicator,
              quotas: weights.map(({ unitCode }) => ({ unitCode, target: indicator.target, isDemo: true })),
            };
          const step = Number.isInteger(indicator.target) ? 1 : 0.01;
          const target = Number((indicator.target * PROVINCE_SCALE).toFixed(2));
          return { ...indicator, target, quotas: splitTargetAcrossCounties(target, step, weights) };
        }),
      })),
    })),
  };
}
