import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationItem } from "@/components/notifications/notification-item";
import { UnreadSync } from "@/components/notifications/unread-sync";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { countUnread, listNotifications } from "@/lib/notifications/queries";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "通知" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const viewer = await requireViewer("account.own");
  const before = parseIdParam((await searchParams).before) ?? undefined;
  const [{ rows, older }, unread] = await Promise.all([
    listNotifications(getPrisma(), viewer, before),
    countUnread(getPrisma(), viewer),
  ]);
  return (
    <div className="space-y-4">
      <UnreadSync count={unread} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">通知</h1>
        {!before && unread > 0 && rows.length > 0 && (
          <MarkAllReadButton upToId={Math.max(...rows.map((row) => row.id))} />
        )}
      </div>
      <p className="text-sm text-slate-600">
        {unread > 0 ? `您有 ${unread} 条未读通知。` : "没有未读通知。"}按时间从新到旧排列。
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-slate-600">
          {before ? "没有更早的通知。" : "暂无通知。"}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {rows.map((note) => (
            <NotificationItem key={note.id} note={note} />
          ))}
        </ul>
      )}
      <nav aria-label="翻页" className="flex gap-4 text-sm">
        {before && (
          <Link className="text-brand-700 hover:underline" href="/notifications">
            最新通知
          </Link>
        )}
        {older && (
          <Link className="text-brand-700 hover:underline" href={`/notifications?before=${older}`}>
            更早的通知
          </Link>
        )}
      </nav>
    </div>
  );
}
