import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { type RequestContext, recordAudit } from "@/lib/audit/record-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endSession } from "./sessions";

/**
 * Ends a session on the server, so its cookie is worthless at every door even if someone kept a
 * copy. Both ways out call it: the portal's sign-out button and next-auth's own /api/auth/signout.
 */
export async function signOutSession(db: PrismaClient, sessionId: string, context: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: sessionId },
      select: {
        endedAt: true,
        user: { select: { id: true, username: true, role: true, unit: { select: { code: true } } } },
      },
    });
    if (!session || session.endedAt) return;
    await endSession(tx, sessionId, "sign-out");
    const { user } = session;
    await recordAudit(tx, {
      actor: auditActorOf({ userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code }),
      action: "auth.sign-out",
      result: "SUCCESS",
      context,
    });
  });
}
