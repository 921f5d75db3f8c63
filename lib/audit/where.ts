import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, startOfDay } from "@/lib/time/days";
import type { AuditFilters } from "./schemas";

/** The Prisma `where` for the auditor's filters; `at` is stored in UTC. */
export function buildAuditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.user !== undefined) where.username = filters.user;
  if (filters.unit !== undefined) where.unitCode = filters.unit;
  if (filters.action !== undefined) where.action = filters.action;
  if (filters.result !== undefined) where.result = filters.result;
  if (filters.from !== undefined || filters.to !== undefined) {
    where.at = {
      ...(filters.from !== undefined && { gte: startOfDay(filters.from) }),
      ...(filters.to !== undefined && { lt: startOfDay(addDays(filters.to, 1)) }),
    };
  }
  return where;
}
