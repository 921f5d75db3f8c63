// The plan's tree as the progress computation needs it: weights, targets, quotas and who reports.
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
      indicators: {
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
          quotas: { orderBy: { unit: { sortOrder: "asc" } }, select: { target: true, unit: UNIT } },
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
