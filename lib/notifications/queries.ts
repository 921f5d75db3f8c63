import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Owner = { userId: number };

export const PAGE_SIZE = 50;

/** The viewer's unread notifications; nobody else's are ever counted. */
export function countUnread(db: PrismaClient, viewer: Owner): Promise<number> {
  return db.notification.count({ where: { userId: viewer.userId, readAt: null } });
}

export type NotificationRow = {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

/** The viewer's own notifications, newest first, a page at a time (before: the id the last page ended at). */
export async function listNotifications(
  db: PrismaClient,
  viewer: Owner,
  before?: number,
): Promise<{ rows: NotificationRow[]; older: number | null }> {
  const rows = await db.notification.findMany({
    where: { userId: viewer.userId, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, older: rows.length > PAGE_SIZE ? page[page.length - 1].id : null };
}
