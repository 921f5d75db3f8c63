// Where a plan stands (草稿, or 已发布 from which month), for the plans list and the plan page.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

const STATUS = { year: true, title: true, status: true, publishedAt: true, firstPeriod: true } as const;

export type PlanStatusRow = Prisma.PlanGetPayload<{ select: typeof STATUS }>;

export function listPlanStatuses(db: Db): Promise<PlanStatusRow[]> {
  return db.plan.findMany({ select: STATUS, orderBy: { year: "desc" } });
}

export function getPlanStatus(db: Db, year: number): Promise<PlanStatusRow | null> {
  return db.plan.findUnique({ where: { year }, select: STATUS });
}
