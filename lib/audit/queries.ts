import "server-only";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditCursor, AuditFilters } from "./schemas";
import { buildAuditWhere } from "./where";

export const AUDIT_PAGE_SIZE = 50;

// What the auditor sees; the chain hashes stay with the verifier.
export const AUDIT_ROW_SELECT = {
  id: true,
  at: true,
  recordedAt: true,
  username: true,
  role: true,
  unitCode: true,
  action: true,
  objectType: true,
  objectId: true,
  result: true,
  clientAddress: true,
  requestId: true,
  before: true,
  after: true,
  detail: true,
} as const satisfies Prisma.AuditEventSelect;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_ROW_SELECT }>;

export type AuditPage = { rows: AuditRow[]; total: number; newer: AuditCursor | null; older: AuditCursor | null };

const and = (where: Prisma.AuditEventWhereInput, id: Prisma.BigIntFilter): Prisma.AuditEventWhereInput => ({
  AND: [where, { id }],
});

async function exists(where: Prisma.AuditEventWhereInput): Promise<boolean> {
  return (await getPrisma().auditEvent.findFirst({ where, select: { id: true } })) !== null;
}

/**
 * One page, newest first, by keyset on id (ids follow insertion order: the insert trigger takes
 * them under the chain's lock), so paging stays fast however long the trail grows.
 */
export async function listAuditPage(filters: AuditFilters, cursor: AuditCursor | null): Promise<AuditPage> {
  const db = getPrisma();
  const where = buildAuditWhere(filters);
  const total = await db.auditEvent.count({ where });
  if (cursor && "after" in cursor) {
    const found = await db.auditEvent.findMany({
      where: and(where, { gt: cursor.after }),
      orderBy: { id: "asc" },
      take: AUDIT_PAGE_SIZE + 1,
      select: AUDIT_ROW_SELECT,
    });
    const rows = found.slice(0, AUDIT_PAGE_SIZE).reverse();
    const hasOlder = await exists(and(where, { lte: cursor.after }));
    return pageOf(rows, total, found.length > AUDIT_PAGE_SIZE, hasOlder);
  }
  const found = await db.auditEvent.findMany({
    where: cursor ? and(where, { lt: cursor.before }) : where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: AUDIT_ROW_SELECT,
  });
  const hasNewer = cursor !== null && (await exists(and(where, { gte: cursor.before })));
  return pageOf(found.slice(0, AUDIT_PAGE_SIZE), total, hasNewer, found.length > AUDIT_PAGE_SIZE);
}

function pageOf(rows: AuditRow[], total: number, hasNewer: boolean, hasOlder: boolean): AuditPage {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    total,
    newer: hasNewer && first ? { after: first.id } : null,
    older: hasOlder && last ? { before: last.id } : null,
  };
}

/** Newest first, at most `limit` rows; one more is read to tell whether the limit cut the list. */
export async function listAuditRowsForExport(
  filters: AuditFilters,
  limit: number,
): Promise<{ rows: AuditRow[]; capped: boolean }> {
  const found = await getPrisma().auditEvent.findMany({
    where: buildAuditWhere(filters),
    orderBy: { id: "desc" },
    take: limit + 1,
    select: AUDIT_ROW_SELECT,
  });
  return { rows: found.slice(0, limit), capped: found.length > limit };
}

/** The actions present in the trail, for the filter's select. */
export async function listAuditActions(): Promise<string[]> {
  const groups = await getPrisma().auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return groups.map((group) => group.action);
}
