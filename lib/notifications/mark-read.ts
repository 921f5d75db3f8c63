// The owner is in every `where`: another person's notification is "not found", never touched.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AccessDenied } from "@/lib/auth/denied";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";

type Owner = { userId: number };

export async function markRead(db: PrismaClient, viewer: Owner, id: number): Promise<void> {
  const { count } = await db.notification.updateMany({
    where: { id, userId: viewer.userId, readAt: null },
    data: { readAt: portalNow() },
  });
  if (count > 0 || (await db.notification.count({ where: { id, userId: viewer.userId } })) > 0) return;
  // Another person's notification: a refusal, audited by the door; the answer is the same as for none.
  if (await db.notification.count({ where: { id } }))
    throw new AccessDenied("account.own", { type: "Notification", id }, "通知不存在。");
  throw new UserError("通知不存在。");
}

export async function markAllRead(db: PrismaClient, viewer: Owner, upToId: number): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: viewer.userId, readAt: null, id: { lte: upToId } },
    data: { readAt: portalNow() },
  });
  return count;
}
