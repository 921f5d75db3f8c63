// Writes the 年初值 that differ from what is stored, and records the change (each unit's old and
// new value in words) once for the whole indicator.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { BaselineSource, Prisma } from "@/lib/generated/prisma/client";
import { recordPlanChange } from "@/lib/plans/plan-change";
import { type BaselineParts, baselineInWords } from "./baseline-words";
import { changedWords } from "./describe-setup";
import type { IndicatorForChange } from "./load-for-change";

type Write = {
  indicator: IndicatorForChange;
  /** unit id → name, of the units whose baselines may be written */
  units: Map<number, string>;
  /** unit id → the new parts, or null to remove */
  wanted: Map<number, BaselineParts | null>;
  source: BaselineSource;
  viewer: Viewer;
  context: RequestContext;
  reason: string;
  action: string;
};

const num = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

export async function writeBaselines(tx: Prisma.TransactionClient, write: Write): Promise<boolean> {
  const { indicator } = write;
  const stored = await tx.baseline.findMany({ where: { indicatorId: indicator.id } });
  const current = new Map<number, BaselineParts>(
    stored.map((row) => [
      row.unitId,
      { value: num(row.value), numerator: num(row.numerator), denominator: num(row.denominator) },
    ]),
  );
  const words = (parts: BaselineParts | null | undefined) =>
    baselineInWords(indicator.kind, indicator.unit, parts ?? null);
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const [unitId, parts] of write.wanted) {
    const name = write.units.get(unitId) ?? String(unitId);
    before[name] = words(current.get(unitId));
    after[name] = words(parts);
  }
  const change = changedWords(before, after);
  if (!change) return false;
  for (const [unitId, parts] of write.wanted) {
    if (words(current.get(unitId)) === words(parts)) continue;
    const key = { indicatorId_unitId: { indicatorId: indicator.id, unitId } };
    if (parts === null) await tx.baseline.deleteMany({ where: { indicatorId: indicator.id, unitId } });
    else
      await tx.baseline.upsert({
        where: key,
        create: { ...key.indicatorId_unitId, ...parts, source: write.source },
        update: { ...parts, source: write.source },
      });
  }
  await recordPlanChange(tx, {
    plan: indicator.point.plan,
    viewer: write.viewer,
    context: write.context,
    action: write.action,
    objectType: "Baseline",
    objectId: indicator.id,
    pointId: indicator.pointId,
    indicatorId: indicator.id,
    ...change,
    reason: write.reason,
  });
  return true;
}
