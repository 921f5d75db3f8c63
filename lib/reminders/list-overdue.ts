// Who is late for a month: a reporting unit whose due date (its granted extension, or the normal
// one) has passed while some of its duties have no report that reached the city.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { listOpenDuties, type OpenUnit } from "./open-duties";

type Db = PrismaClient | Prisma.TransactionClient;

export type { MissingDuty } from "./open-duties";
export type OverdueUnit = OpenUnit;

export const listOverdue = (db: Db, period: string, now: Date): Promise<OverdueUnit[]> =>
  listOpenDuties(db, period, now);
