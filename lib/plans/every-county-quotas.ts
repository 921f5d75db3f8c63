import type { PlanData } from "./plan-data";

/**
 * "各县区同一目标" and "各县区不少于" mean the target is every county's quota: the import writes
 * those quotas, so the counties report from publication without anyone typing seven equal numbers.
 * Quotas to split (SPLIT) stay to be typed or uploaded by the supervisor before publishing.
 */
export function withEveryCountyQuotas(plan: PlanData, countyCodes: string[]): PlanData {
  return {
    ...plan,
    sections: plan.sections.map((section) => ({
      ...section,
      points: section.points.map((point) => ({
        ...point,
        indicators: point.indicators.map((indicator) =>
          (indicator.quotaMode === "SAME" || indicator.quotaMode === "MINIMUM") && indicator.quotas.length === 0
            ? {
                ...indicator,
                quotas: countyCodes.map((unitCode) => ({ unitCode, target: indicator.target, isDemo: false })),
              }
            : indicator,
        ),
      })),
    })),
  };
}
