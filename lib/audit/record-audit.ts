import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";

export type AuditResult = "SUCCESS" | "FAILURE" | "DENIED";
export type AuditActor = { userId: number; username: string; role: string; unitCode: string };
export type RequestContext = { clientAddress: string; requestId: string };

export type AuditEntry = {
  actor: AuditActor | null;
  action: string;
  result: AuditResult;
  objectType?: string;
  objectId?: string | number;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  detail?: string;
  context: RequestContext;
};

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Appends one audit row; pass the transaction of the change it records, so both commit or neither.
 * `at` is the portal's clock, as every page shows time; the database adds the real time beside it.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      at: portalNow(),
      userId: entry.actor?.userId,
      username: entry.actor?.username,
      role: entry.actor?.role,
      unitCode: entry.actor?.unitCode,
      action: entry.action,
      result: entry.result,
      objectType: entry.objectType,
      objectId: entry.objectId === undefined ? undefined : String(entry.objectId),
      before: entry.before,
      after: entry.after,
      detail: entry.detail,
      clientAddress: entry.context.clientAddress,
      requestId: entry.context.requestId,
    },
  });
}
