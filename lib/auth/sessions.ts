import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { realNow } from "@/lib/time/clock";
import type { AuthSettings } from "./settings";

type Db = PrismaClient | Prisma.TransactionClient;

export async function createSession(db: Db, userId: number, clientAddress: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({ data: { id, userId, clientAddress } });
  return id;
}

export async function endSession(db: Db, sessionId: string, reason: string): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: realNow(), endedReason: reason },
  });
}

/** Password changes and disabled accounts end every session of the user at once. */
export async function endUserSessions(db: Db, userId: number, reason: string): Promise<void> {
  await db.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: realNow(), endedReason: reason } });
}

export type SessionState = "active" | "idle" | "expired" | "ended";

export function sessionState(
  session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null },
  now: Date,
  settings: AuthSettings,
): SessionState {
  if (session.endedAt) return "ended";
  if (now.getTime() - session.createdAt.getTime() > settings.sessionMaxMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > settings.sessionIdleMs) return "idle";
  return "active";
}
