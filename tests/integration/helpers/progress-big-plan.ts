// A plan far bigger than the demo's, in its own year: 3 sections × 10 points × 3 indicators of every
// kind, direction, rule and quota mode (some weighted, some with baselines, a few points with a fourth:
// a minimum for every county, or a retired indicator), quotas for all 7 counties, and
// the counties' approved reports for 12 months with a few months left unfiled, written in bulk.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  createPlan,
  unitIdsByCode,
  writeApprovedReports,
  type ApprovedReport,
  type BaselineSpec,
  type IndicatorSpec,
  type PointSpec,
} from "./progress-plans";

export const COUNTIES = ["licheng", "chengxiang", "hanjiang", "xiuyu", "xianyou", "beian", "meizhou"];
const FRONT_LOADED = [0.15, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1];
const each = (quota: number) => Object.fromEntries(COUNTIES.map((code) => [code, quota]));

const baselinesOf = (spec: (c: number) => BaselineSpec) =>
  Object.fromEntries(COUNTIES.map((code, c) => [code, spec(c)]));

/**
 * Every rule and quota mode: LINEAR, CURVE (its own schedule), LEVEL and BY_DATE (a number due in June,
 * milestones due in June); baselines on SUMs and rates; whole things; the same rate for every county;
 * a minimum for every county where one county stays at 0; and an indicator retired with its reports.
 */
function indicatorsOf(p: number, year: number): IndicatorSpec[] {
  const first: IndicatorSpec = {
    name: `指标${p}-1`,
    kind: "SUM",
    target: 700,
    weight: p % 2 === 0 ? 2 : 1,
    schedule: p % 4 === 0 ? FRONT_LOADED : undefined,
    rule: p % 4 === 0 ? "CURVE" : p % 5 === 1 ? "LEVEL" : p % 6 === 2 ? "BY_DATE" : "LINEAR",
    dueOn: p % 6 === 2 ? `${year}-06-30` : undefined,
    wholeNumbers: p % 2 === 1,
    quotas: each(100),
    baselines: p % 3 === 1 ? baselinesOf((c) => 10 + c) : undefined,
  };
  const same = p % 7 === 3;
  const second: IndicatorSpec =
    p % 2 === 1
      ? {
          name: `指标${p}-2`,
          kind: "RATE",
          target: p % 5 === 0 ? 5 : 45,
          direction: p % 5 === 0 ? "AT_MOST" : "AT_LEAST",
          rule: p % 7 === 5 ? "LEVEL" : "LINEAR",
          quotaMode: same ? "SAME" : "SPLIT",
          quotas: each(p % 5 === 0 ? 5 : 45),
          baselines:
            same || p % 7 === 5 ? baselinesOf((c) => ({ numerator: 2 + c, denominator: 100 + c * 10 })) : undefined,
        }
      : {
          name: `指标${p}-2`,
          kind: "RATIO",
          target: 3,
          quotas: each(3),
          baselines: p % 4 === 2 ? baselinesOf((c) => ({ numerator: 10 + c, denominator: 10 + c })) : undefined,
        };
  const third: IndicatorSpec =
    p % 3 === 0
      ? {
          name: `指标${p}-3`,
          kind: "MILESTONE",
          target: 7, // "all 7 counties": still measured against 1
          rule: p % 6 === 3 ? "BY_DATE" : "LINEAR",
          dueOn: p % 6 === 3 ? `${year}-06-30` : undefined,
          quotas: each(1),
        }
      : { name: `指标${p}-3`, kind: "SUM", target: 70, direction: "AT_MOST", quotas: each(10) };
  const extra: IndicatorSpec[] =
    p % 10 === 7
      ? [{ name: `指标${p}-4`, kind: "SUM", target: 2, wholeNumbers: true, quotaMode: "MINIMUM", quotas: each(2) }]
      : p % 10 === 8
        ? [{ name: `指标${p}-4`, kind: "SUM", target: 70, retired: true, quotas: each(10) }]
        : [];
  return [first, second, third, ...extra];
}

function valueFor(kind: string, indicatorName: string, c: number, month: number) {
  if (kind === "MILESTONE") return { done: month >= 6 + c };
  if (kind === "RATIO") return { numerator: (5 + c) * month, denominator: 10 + c };
  if (kind === "RATE") return { numerator: 3 + month + c, denominator: 100 + c * 10 };
  if (indicatorName.endsWith("-3")) return { value: month * (c + 1) };
  // The minimum for every county: Chengxiang stays at 0 while Licheng is far beyond its 2.
  if (indicatorName.endsWith("-4")) return { value: c === 1 ? 0 : Math.min(month, 1 + (c % 3)) * (c === 0 ? 3 : 1) };
  const value = 100 * (month / 12) * (0.6 + 0.1 * c);
  const p = Number(indicatorName.slice(2).split("-")[0]);
  return { value: p % 2 === 1 ? Math.floor(value) : Math.round(value * 100) / 100 };
}

export async function createBigPlan(db: PrismaClient, year: number) {
  const sections: PointSpec[][] = [0, 1, 2].map((s) =>
    Array.from({ length: 10 }, (_, i) => ({
      leadUnit: "yanglao",
      weight: 1 + (i % 3),
      indicators: indicatorsOf(s * 10 + i + 1, year),
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
