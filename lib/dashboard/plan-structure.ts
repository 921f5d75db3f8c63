// The plan's tree as the progress computation needs it: weights, targets, rules, quotas, baselines
// and who reports (one statement per level of the tree, however big the plan).
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

const UNIT = { select: { id: true, code: true, name: true } } as const;

const PLAN_TREE = {
  id: true,
  year: true,
  sections: { orderBy: { no: "asc" }, select: { no: true, title: true, weight: true } },
  points: {
    orderBy: { no: "asc" },
    select: {
      id: true,
      no: true,
      title: true,
      weight: true,
      section: { select: { no: true } },
      leadUnit: UNIT,
      // A retired indicator keeps its reports but is no longer counted anywhere.
      indicators: {
        where: { retiredAt: null },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          name: true,
          unit: true,
          kind: true,
          direction: true,
          target: true,
          weight: true,
          schedule: true,
          rule: true,
          dueOn: true,
          wholeNumbers: true,
          quotaMode: true,
          quotas: { orderBy: { unit: { sortOrder: "asc" } }, select: { target: true, unitId: true, unit: UNIT } },
          baselines: { select: { unitId: true, value: true, numerator: true, denominator: true } },
        },
      },
    },
  },
} satisfies Prisma.PlanSelect;

export type PlanTree = Prisma.PlanGetPayload<{ select: typeof PLAN_TREE }>;
export type UnitRef = { id: number; code: string; name: string };

export async function loadPlanTree(db: Db, year: number): Promise<{ plan: PlanTree; counties: UnitRef[] } | null> {
  const plan = await db.plan.findUnique({ where: { year }, select: PLAN_TREE });
  if (!plan) return null;
  const counties = await db.unit.findMany({
    where: { kind: "COUNTY" },
    orderBy: { sortOrder: "asc" },
    select: UNIT.select,
  });
  return { plan, counties };
}
