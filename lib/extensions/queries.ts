import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { can } from "@/lib/policy";
import { dayOfDateColumn } from "@/lib/time/days";

type Db = PrismaClient | Prisma.TransactionClient;

const ROW = {
  id: true,
  period: true,
  requestedDue: true,
  reason: true,
  state: true,
  createdAt: true,
  decidedAt: true,
  decisionNote: true,
  unit: { select: { name: true } },
} satisfies Prisma.DueDateExtensionSelect;

export type ExtensionRow = Prisma.DueDateExtensionGetPayload<{ select: typeof ROW }>;

/** A reporting unit's own requests, newest first; nothing for anyone else. */
export async function listOwnExtensions(db: Db, viewer: Viewer): Promise<ExtensionRow[]> {
  if (!can(viewer, "extension.request")) return [];
  return db.dueDateExtension.findMany({
    where: { unitId: viewer.unitId },
    orderBy: { id: "desc" },
    take: 50,
    select: ROW,
  });
}

/** For the supervisor: every pending request, oldest first, and the latest decisions. */
export async function listExtensionsToDecide(
  db: Db,
  viewer: Viewer,
): Promise<{ pending: ExtensionRow[]; decided: ExtensionRow[] }> {
  if (!can(viewer, "extension.decide")) return { pending: [], decided: [] };
  const [pending, decided] = await Promise.all([
    db.dueDateExtension.findMany({ where: { state: "PENDING" }, orderBy: { id: "asc" }, select: ROW }),
    db.dueDateExtension.findMany({
      where: { state: { not: "PENDING" } },
      orderBy: { decidedAt: "desc" },
      take: 20,
      select: ROW,
    }),
  ]);
  return { pending, decided };
}

/** Unit id → the latest day granted for the period ("2022-09-20"). */
export async function grantedDueDays(db: Db, period: string): Promise<Map<number, string>> {
  const granted = await db.dueDateExtension.findMany({
    where: { period, state: "GRANTED" },
    orderBy: { requestedDue: "asc" },
    select: { unitId: true, requestedDue: true },
  });
  return new Map(granted.map((row) => [row.unitId, dayOfDateColumn(row.requestedDue)]));
}
