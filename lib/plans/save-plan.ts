import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { dateColumnOfDay, noonOf } from "@/lib/time/days";
import type { IndicatorData, PlanData } from "./plan-data";

export type SavePlanOptions = {
  sourceText: string;
  demoQuotas: boolean;
  /**
   * The demo's plan is published from January, on the day its document was issued (the seed runs
   * before the demo clock starts); an imported plan (and production's 2022) starts as a draft.
   */
  publishFrom?: string;
  /** Who imported it: the audit row is written in the same transaction. The seed passes none. */
  audit?: { actor: AuditActor; context: RequestContext };
};

/** Writes a confirmed plan in one transaction: all of it, or nothing. */
export async function savePlan(
  db: PrismaClient,
  plan: PlanData,
  { sourceText, demoQuotas, publishFrom, audit }: SavePlanOptions,
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
          ...(publishFrom ? { status: "PUBLISHED", publishedAt: noonOf(plan.issuedAt), firstPeriod: publishFrom } : {}),
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
                kind: point.kind,
                supportingUnits: { create: point.supportingUnitCodes.map((code) => ({ unitId: unitId(code) })) },
                indicators: {
                  create: point.indicators.map((indicator, index) => {
                    const quotas = indicator.quotas.filter((quota) => demoQuotas || !quota.isDemo);
                    return {
                      sortOrder: index + 1,
                      name: indicator.name,
                      unit: indicator.unit,
                      target: indicator.target,
                      direction: indicator.direction,
                      kind: indicator.kind,
                      sourceText: indicator.sourceText,
                      wholeNumbers: indicator.wholeNumbers,
                      quotaMode: quotaModeWithout(indicator, quotas.length),
                      rule: indicator.rule,
                      dueOn: indicator.dueOn ? dateColumnOfDay(indicator.dueOn) : null,
                      quotas: {
                        create: quotas.map((quota) => ({
                          unitId: unitId(quota.unitCode),
                          target: quota.target,
                          isDemo: quota.isDemo,
                        })),
                      },
                      baselines: {
                        create: indicator.baselines.map((baseline) => ({
                          unitId: unitId(baseline.unitCode),
                          value: baseline.value,
                          numerator: baseline.numerator,
                          denominator: baseline.denominator,
                        })),
                      },
                    };
                  }),
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

/**
 * The same target for every county is the demo's assumption where the document sets only the
 * city's (集中供养率 100%): without the demo quotas the lead department reports it. Quotas to
 * split stay to be split: the supervisor types or uploads them before publishing.
 */
function quotaModeWithout(indicator: IndicatorData, quotasKept: number): IndicatorData["quotaMode"] {
  const same = indicator.quotaMode === "SAME" || indicator.quotaMode === "MINIMUM";
  return same && quotasKept === 0 ? "NONE" : indicator.quotaMode;
}
