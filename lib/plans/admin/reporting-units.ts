// The units that report on an indicator, and so have a 年初值: the counties holding its quotas,
// otherwise the point's lead department (as lib/reports/duties.ts decides who reports what).
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type ReportingUnit = { id: number; name: string };

export async function reportingUnitsOf(
  db: Db,
  indicator: { id: number; point: { leadUnitId: number } },
): Promise<ReportingUnit[]> {
  const counties = await db.unit.findMany({
    where: { quotas: { some: { indicatorId: indicator.id } } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
  if (counties.length > 0) return counties;
  return db.unit.findMany({ where: { id: indicator.point.leadUnitId }, select: { id: true, name: true } });
}
