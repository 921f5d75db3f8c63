// A plan far bigger than the demo's, in its own year: 3 sections × 10 points × 3 indicators of every
// kind and direction (some weighted, some with their own 序时进度), quotas for all 7 counties, and
// the counties' approved reports for 12 months with a few months left unfiled, written in bulk.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  createPlan,
  unitIdsByCode,
  writeApprovedReports,
  type ApprovedReport,
  type IndicatorSpec,
  type PointSpec,
} from "./progress-plans";

export const COUNTIES = ["licheng", "chengxiang", "hanjiang", "xiuyu", "xianyou", "beian", "meizhou"];
const FRONT_LOADED = [0.15, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1];
const each = (quota: number) => Object.fromEntries(COUNTIES.map((code) => [code, quota]));

function indicatorsOf(p: number): IndicatorSpec[] {
  return [
    {
      name: `指标${p}-1`,
      kind: "SUM",
      target: 700,
      weight: p % 2 === 0 ? 2 : 1,
      schedule: p % 4 === 0 ? FRONT_LOADED : undefined,
      quotas: each(100),
    },
    p % 2 === 1
      ? {
          name: `指标${p}-2`,
          kind: "RATE",
          target: p % 5 === 0 ? 5 : 45,
          direction: p % 5 === 0 ? "AT_MOST" : "AT_LEAST",
          quotas: each(p % 5 === 0 ? 5 : 45),
        }
      : { name: `指标${p}-2`, kind: "RATIO", target: 3, quotas: each(3) },
    p % 3 === 0
      ? { name: `指标${p}-3`, kind: "MILESTONE", target: 7, quotas: each(1) } // "all 7 counties": still measured against 1
      : { name: `指标${p}-3`, kind: "SUM", target: 70, direction: "AT_MOST", quotas: each(10) },
  ];
}

function valueFor(kind: string, indicatorName: string, c: number, month: number) {
  if (kind === "MILESTONE") return { done: month >= 6 + c };
  if (kind === "RATIO") return { numerator: (5 + c) * month, denominator: 10 + c };
  if (kind === "RATE") return { numerator: 3 + month + c, denominator: 100 + c * 10 };
  if (indicatorName.endsWith("-3")) return { value: month * (c + 1) };
  return { value: Math.round(100 * (month / 12) * (0.6 + 0.1 * c) * 100) / 100 };
}

export async function createBigPlan(db: PrismaClient, year: number) {
  const sections: PointSpec[][] = [0, 1, 2].map((s) =>
    Array.from({ length: 10 }, (_, i) => ({
      leadUnit: "yanglao",
      weight: 1 + (i % 3),
      indicators: indicatorsOf(s * 10 + i + 1),
    })),
  );
  const plan = await createPlan(db, year, sections, [1, 2, 3]);
  const units = await unitIdsByCode(db);
  const reports: ApprovedReport[] = [];
  for (const [c, code] of COUNTIES.entries()) {
    for (const point of plan.points) {
      for (let month = 1; month <= 12; month++) {
        if ((c + point.no + month) % 11 === 0) continue;
        const values = point.indicators.map((indicator) => ({
          indicatorId: indicator.id,
          ...valueFor(indicator.kind, indicator.name, c, month),
        }));
        reports.push({
          unitId: units.get(code)!,
          pointId: point.id,
          period: `${year}-${String(month).padStart(2, "0")}`,
          values,
        });
      }
    }
  }
  await writeApprovedReports(db, reports);
  return { plan, reports: reports.length };
}
