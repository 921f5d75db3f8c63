// How much each section, point and indicator counts in the roll-up of completion (equal, 1, by
// default). Changing them moves every dashboard at once: the progress cache's version is bumped by
// the same commit (triggers on Section, WorkPoint, Indicator).
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import { numberInput } from "@/lib/reports/schemas";

const weight = numberInput
  .refine((value) => value !== null, "请填写权重")
  .pipe(z.number().max(100, "权重不能超过 100"));

export const planWeightsSchema = z.object({
  year: z.number({ error: "年度无效" }).int("年度无效").min(2000, "年度无效").max(2100, "年度无效"),
  sections: z
    .array(z.object({ no: z.number().int().min(1).max(999), weight }))
    .max(100)
    .refine((rows) => rows.some((row) => row.weight > 0), "各部分的权重不能全部为 0"),
  points: z.array(z.object({ no: z.number().int().min(1).max(999), weight })).max(1000),
  indicators: z.array(z.object({ id: idSchema("指标编号"), weight })).max(5000),
});

export type PlanWeightsInput = z.infer<typeof planWeightsSchema>;

const WEIGHT_TREE = {
  id: true,
  sections: { orderBy: { no: "asc" }, select: { id: true, no: true, title: true, weight: true } },
  points: {
    orderBy: { no: "asc" },
    select: {
      id: true,
      no: true,
      title: true,
      weight: true,
      section: { select: { no: true } },
      indicators: {
        where: { retiredAt: null },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, weight: true, schedule: true },
      },
    },
  },
} satisfies Prisma.PlanSelect;

export type PlanWeights = Prisma.PlanGetPayload<{ select: typeof WEIGHT_TREE }>;

export function getPlanWeights(db: PrismaClient | Prisma.TransactionClient, year: number): Promise<PlanWeights | null> {
  return db.plan.findUnique({ where: { year }, select: WEIGHT_TREE });
}

/** Saves the weights that changed, in one transaction with their audit row; returns how many changed. */
export async function savePlanWeights(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: PlanWeightsInput,
): Promise<{ changed: number }> {
  return db.$transaction(async (tx) => {
    const plan = await getPlanWeights(tx, input.year);
    if (!plan) throw new UserError(`没有${input.year}年的工作要点。`);
    const sections = new Map(plan.sections.map((section) => [section.no, section]));
    const points = new Map(plan.points.map((point) => [point.no, point]));
    const indicators = new Map(
      plan.points.flatMap((point) => point.indicators).map((indicator) => [indicator.id, indicator]),
    );
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    const note = (key: string, from: number, to: number) => {
      before[key] = from;
      after[key] = to;
    };
    for (const row of input.sections) {
      const section = sections.get(row.no);
      if (!section) throw new UserError(`第${row.no}部分不存在。`);
      if (section.weight === row.weight) continue;
      await tx.section.update({ where: { id: section.id }, data: { weight: row.weight } });
      note(`第${row.no}部分`, section.weight, row.weight);
    }
    for (const row of input.points) {
      const point = points.get(row.no);
      if (!point) throw new UserError(`第${row.no}条要点不存在。`);
      if (point.weight === row.weight) continue;
      await tx.workPoint.update({ where: { id: point.id }, data: { weight: row.weight } });
      note(`第${row.no}条`, point.weight, row.weight);
    }
    for (const row of input.indicators) {
      const indicator = indicators.get(row.id);
      if (!indicator) throw new UserError("指标不存在。");
      if (indicator.weight === row.weight) continue;
      await tx.indicator.update({ where: { id: indicator.id }, data: { weight: row.weight } });
      note(indicator.name, indicator.weight, row.weight);
    }
    const changed = Object.keys(after).length;
    if (changed > 0)
      await recordAudit(tx, {
        actor: auditActorOf(viewer),
        action: "plan.weights",
        result: "SUCCESS",
        objectType: "Plan",
        objectId: input.year,
        before,
        after,
        context,
      });
    return { changed };
  });
}
