// Writing county quotas, from the grid or an uploaded sheet: all rows in one transaction, or none.
// Only SPLIT indicators take typed quotas (SAME and MINIMUM carry the target in every county, NONE
// is reported by the lead department); a county that has reported keeps its quota. Each indicator
// changed is one plan change (audited; once published, with its reason and old → new per county).
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven, recordPlanChange } from "@/lib/plans/plan-change";
import { listCounties } from "./load-grid";
import { sameQuota } from "./quota-cell";

/** indicatorId → unitId → the new quota (decimal text), null to remove it. Counties left out are unchanged. */
export type QuotaChanges = Map<number, Map<number, string | null>>;
export type QuotaPlan = { id: number; year: number; status: "DRAFT" | "PUBLISHED" };
export type AppliedQuotas = { indicators: number; cells: number };

const MAX_LISTED = 50;

export async function applyQuotaChanges(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  context: RequestContext,
  plan: QuotaPlan,
  changes: QuotaChanges,
  reason: string,
): Promise<AppliedQuotas> {
  assertReasonGiven(plan, reason);
  const counties = new Map((await listCounties(tx)).map((county) => [county.id, county]));
  const indicators = await tx.indicator.findMany({
    where: { id: { in: [...changes.keys()] } },
    select: {
      id: true,
      name: true,
      pointId: true,
      quotaMode: true,
      retiredAt: true,
      point: { select: { planId: true, no: true } },
      quotas: { select: { unitId: true, target: true } },
    },
  });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const problems: string[] = [];
  const planned: { indicator: (typeof indicators)[number]; cells: [number, string | null][] }[] = [];
  for (const [indicatorId, cells] of changes) {
    const indicator = byId.get(indicatorId);
    if (!indicator || indicator.point.planId !== plan.id) {
      problems.push(`指标(编号 ${indicatorId})不在${plan.year}年工作要点中。`);
      continue;
    }
    const where = `第${indicator.point.no}条「${indicator.name}」`;
    if (indicator.retiredAt) problems.push(`${where}已停用,不能再分解。`);
    else if (indicator.quotaMode !== "SPLIT") problems.push(`${where}不按“分解到县区”下达,不能填写分解数。`);
    const current = new Map(indicator.quotas.map((quota) => [quota.unitId, quota.target.toString()]));
    const changed: [number, string | null][] = [];
    for (const [unitId, value] of cells) {
      if (!counties.has(unitId)) {
        problems.push(`${where}:单位(编号 ${unitId})不是县区。`);
        continue;
      }
      if (!sameQuota(current.get(unitId) ?? null, value)) changed.push([unitId, value]);
    }
    if (changed.length > 0) planned.push({ indicator, cells: changed });
  }
  for (const { indicator, cells } of planned) {
    const removed = cells.filter(([, value]) => value === null).map(([unitId]) => unitId);
    if (removed.length === 0) continue;
    const reported = await tx.report.findMany({
      where: { unitId: { in: removed }, values: { some: { indicatorId: indicator.id } } },
      distinct: ["unitId"],
      select: { unitId: true },
    });
    for (const { unitId } of reported)
      problems.push(
        `第${indicator.point.no}条「${indicator.name}」:${counties.get(unitId)!.name}已填报过该指标,不能删除其分解数(可改为其他数值)。`,
      );
  }
  if (problems.length > 0) throw new UserError(listProblems(problems));

  let cellCount = 0;
  for (const { indicator, cells } of planned) {
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    const current = new Map(indicator.quotas.map((quota) => [quota.unitId, quota.target.toString()]));
    for (const [unitId, value] of cells) {
      const county = counties.get(unitId)!.name;
      before[county] = current.get(unitId) ?? null;
      after[county] = value;
      if (value === null)
        await tx.quota.delete({ where: { indicatorId_unitId: { indicatorId: indicator.id, unitId } } });
      else
        await tx.quota.upsert({
          where: { indicatorId_unitId: { indicatorId: indicator.id, unitId } },
          create: { indicatorId: indicator.id, unitId, target: value, isDemo: false },
          update: { target: value, isDemo: false },
        });
    }
    cellCount += cells.length;
    await recordPlanChange(tx, {
      plan,
      viewer,
      context,
      action: "plan.quotas",
      objectType: "Indicator",
      objectId: indicator.id,
      pointId: indicator.pointId,
      indicatorId: indicator.id,
      before: { 指标: indicator.name, 分解: before },
      after: { 指标: indicator.name, 分解: after },
      reason,
    });
  }
  return { indicators: planned.length, cells: cellCount };
}

export function listProblems(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  return [...listed, ...(more > 0 ? [`另有 ${more} 处问题未列出。`] : [])].join("\n");
}
