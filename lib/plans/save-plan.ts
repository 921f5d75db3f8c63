import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { dateColumnOfDay } from "@/lib/time/days";
import type { PlanData } from "./plan-data";

export type SavePlanOptions = {
  sourceText: string;
  demoQuotas: boolean;
  /** Who imported it: the audit row is written in the same transaction. The seed passes none. */
  audit?: { actor: AuditActor; context: RequestContext };
};

/** Writes a confirmed plan in one transaction: all of it, or nothing. */
export async function savePlan(
  db: PrismaClient,
  plan: PlanData,
  { sourceText, demoQuotas, audit }: SavePlanOptions,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      if (await tx.plan.findUnique({ where: { year: plan.year }, select: { id: true } })) {
        throw new UserError(`${plan.year}年的工作要点已存在,未做任何改动。`);
      }
      const units = new Map(
        (await tx.unit.findMany({ select: { id: true, code: true } })).map((unit) => [unit.code, unit.id]),
      );
      const unitId = (code: string) => {
        const id = units.get(code);
        if (id === undefined) throw new UserError(`未知单位代码「${code}」,请先在单位管理中添加。`);
        return id;
      };
      const created = await tx.plan.create({
        data: {
          year: plan.year,
          title: plan.title,
          docNumber: plan.docNumber,
          issuer: plan.issuer,
          issuedAt: dateColumnOfDay(plan.issuedAt),
          sourceText,
          createdAt: portalNow(),
        },
      });
      for (const section of plan.sections) {
        await tx.section.create({
          data: {
            planId: created.id,
            no: section.no,
            title: section.title,
            points: {
              create: section.points.map((point) => ({
                planId: created.id,
                no: point.no,
                title: point.title,
                text: point.text,
                leadUnitId: unitId(point.leadUnitCode),
                supportingUnits: { create: point.supportingUnitCodes.map((code) => ({ unitId: unitId(code) })) },
                indicators: {
                  create: point.indicators.map((indicator, index) => ({
                    sortOrder: index + 1,
                    name: indicator.name,
                    unit: indicator.unit,
                    target: indicator.target,
                    direction: indicator.direction,
                    kind: indicator.kind,
                    sourceText: indicator.sourceText,
                    quotas: {
                      create: indicator.quotas
                        .filter((quota) => demoQuotas || !quota.isDemo)
                        .map((quota) => ({
                          unitId: unitId(quota.unitCode),
                          target: quota.target,
                          isDemo: quota.isDemo,
                        })),
                    },
                  })),
                },
              })),
            },
          },
        });
      }
      if (audit) {
        const points = plan.sections.flatMap((section) => section.points);
        await recordAudit(tx, {
          ...audit,
          action: "plan.import",
          result: "SUCCESS",
          objectType: "Plan",
          objectId: plan.year,
          after: {
            year: plan.year,
            title: plan.title,
            docNumber: plan.docNumber,
            points: points.length,
            indicators: points.reduce((n, p) => n + p.indicators.length, 0),
          },
        });
      }
      return created.id;
    },
    { timeout: 30_000 },
  );
}
