// Splits a city target into county quotas. The bureau decides real quotas; until it does, the
// portal needs plausible demo quotas that add up to the city target exactly, so that the
// "quotas do not add up" warning means a real discrepancy and never a rounding artefact.
import type { QuotaData } from "@/lib/plans/plan-data";

export type CountyWeight = { unitCode: string; weight: number };

/** A rough size ranking of the seven county-level units (population and caseload), for demo quotas only. */
export const DEMO_COUNTY_WEIGHTS: CountyWeight[] = [
  { unitCode: "licheng", weight: 20 },
  { unitCode: "chengxiang", weight: 13 },
  { unitCode: "hanjiang", weight: 18 },
  { unitCode: "xiuyu", weight: 15 },
  { unitCode: "xianyou", weight: 26 },
  { unitCode: "beian", weight: 5 },
  { unitCode: "meizhou", weight: 3 },
];

/**
 * Largest-remainder split in whole steps (1 for counts, 0.01 for 亿元). When there are at least
 * as many steps as units, every unit gets one step first: a county with a zero quota would have
 * nothing to report, however small it is.
 */
export function splitTargetAcrossCounties(target: number, step: number, weights: CountyWeight[]): QuotaData[] {
  if (!(step > 0)) throw new Error(`分解步长必须大于0（收到${step}）`);
  if (!(target >= 0)) throw new Error(`目标值必须是非负数（收到${target}）`);
  const totalWeight = weights.reduce((sum, w) => sum + w.weight, 0);
  if (weights.length === 0 || !(totalWeight > 0) || weights.some((w) => w.weight < 0)) {
    throw new Error("分解权重必须为非负数且合计大于0");
  }
  const steps = Math.round(target / step);
  if (Math.abs(steps * step - target) > step * 1e-6) {
    throw new Error(`目标值${target}不是步长${step}的整数倍`);
  }
  const floor = steps >= weights.length ? 1 : 0;
  const shares = allocateLargestRemainder(steps - floor * weights.length, weights, totalWeight);
  const decimals = countDecimals(step);
  return weights.map((w, i) => ({
    unitCode: w.unitCode,
    target: Number(((shares[i] + floor) * step).toFixed(decimals)),
    isDemo: true,
  }));
}

function allocateLargestRemainder(steps: number, weights: CountyWeight[], totalWeight: number): number[] {
  // Remainders are kept scaled by the total weight, so integer weights compare exactly.
  const scaled = weights.map((w) => steps * w.weight);
  const shares = scaled.map((value) => Math.floor(value / totalWeight));
  let left = steps - shares.reduce((sum, s) => sum + s, 0);
  // Ties go to the larger weight, then to the earlier unit, so the split never depends on sort stability.
  const order = scaled
    .map((value, i) => ({ i, remainder: value - shares[i] * totalWeight, weight: weights[i].weight }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

function countDecimals(step: number): number {
  const [mantissa, exponent = "0"] = String(step).split("e-");
  return (mantissa.split(".")[1]?.length ?? 0) + Number(exponent);
}
