import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { obligationsOf } from "./obligations";
import { endSession, sessionState } from "./sessions";
import type { AuthSettings } from "./settings";
import type { Viewer } from "./viewer-type";
import { viewerOfUser } from "./viewer-of-user";

/**
 * Resolves a session id to the viewer. Role and unit come from the user row as it is now, never
 * from the token. An idle or expired session is ended here, on the server.
 */
export async function loadViewer(
  db: PrismaClient,
  sessionId: string,
  settings: AuthSettings,
  context: RequestContext,
  now = new Date(),
): Promise<Viewer | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      user: { include: { unit: { select: { id: true, code: true, name: true, kind: true } } } },
    },
  });
  if (!session || session.user.disabledAt) return null;
  const state = sessionState(session, now, settings);
  const { user } = session;
  if (state !== "active") {
    if (state !== "ended") {
      await endSession(db, sessionId, state);
      await recordAudit(db, {
        actor: { userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code },
        action: "auth.session-expired",
        result: "SUCCESS",
        detail: state,
        context,
      });
    }
    return null;
  }
  // Not on every request: often enough that the idle timeout stays accurate to a few seconds.
  if (now.getTime() - session.lastSeenAt.getTime() > Math.min(60_000, settings.sessionIdleMs / 10)) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return viewerOfUser(user, { sessionId, ...obligationsOf(user, settings, now) });
}
