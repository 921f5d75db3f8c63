// The choices of the filters and of 手动下发: the reporting units, and the plan's points with their indicators.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const listReportingUnits = (db: PrismaClient) =>
  db.unit.findMany({
    where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
    orderBy: [{ kind: "desc" }, { sortOrder: "asc" }],
    select: { id: true, code: true, name: true },
  });

export const listPlanPoints = (db: PrismaClient, year: number) =>
  db.workPoint.findMany({
    where: { plan: { year } },
    orderBy: { no: "asc" },
    select: {
      id: true,
      no: true,
      title: true,
      indicators: { select: { id: true, name: true }, orderBy: { id: "asc" } },
    },
  });
