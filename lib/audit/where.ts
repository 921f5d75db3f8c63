import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC instant a calendar day (YYYY-MM-DD) begins in Asia/Shanghai, which has had no daylight saving since 1991. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The Prisma `where` for the auditor's filters; `at` is stored in UTC. */
export function buildAuditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.user !== undefined) where.username = filters.user;
  if (filters.unit !== undefined) where.unitCode = filters.unit;
  if (filters.action !== undefined) where.action = filters.action;
  if (filters.result !== undefined) where.result = filters.result;
  if (filters.from !== undefined || filters.to !== undefined) {
    where.at = {
      ...(filters.from !== undefined && { gte: shanghaiDayStart(filters.from) }),
      ...(filters.to !== undefined && { lt: new Date(shanghaiDayStart(filters.to).getTime() + DAY_MS) }),
    };
  }
  return where;
}
