"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { kindLabel } from "@/lib/notifications/labels";
import type { NotificationRow } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/time/format";
import { useSetUnread } from "../layout/header-shell";

export function NotificationItem({ note }: { note: NotificationRow }) {
  const router = useRouter();
  const setUnread = useSetUnread();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const unread = note.readAt === null;
  const markRead = (then?: () => void) =>
    startTransition(async () => {
      const result = await markNotificationReadAction({ id: note.id });
      setMessage(result.ok ? null : result.message);
      if (!result.ok) return;
      setUnread(result.data.unread);
      if (then) then();
      else router.refresh();
    });

  return (
    <li
      className={`flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3 ${unread ? "bg-brand-50" : ""}`}
      data-testid="notification"
      data-unread={unread || undefined}
    >
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-baseline gap-2">
          <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">{kindLabel(note.kind)}</span>
          {unread && <span className="text-xs font-medium text-red-700">未读</span>}
          {note.link ? (
            <Link
              href={note.link}
              className={`text-brand-700 hover:underline ${unread ? "font-semibold" : ""}`}
              onClick={(event) => {
                if (!unread || event.metaKey || event.ctrlKey) return;
                event.preventDefault();
                markRead(() => router.push(note.link));
              }}
            >
              {note.title}
            </Link>
          ) : (
            <span className={unread ? "font-semibold" : ""}>{note.title}</span>
          )}
        </p>
        {note.body && <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{note.body}</p>}
        <p className="text-xs text-slate-500">{formatDateTime(note.createdAt)}</p>
      </div>
      {unread && (
        <button
          type="button"
          disabled={pending}
          onClick={() => markRead()}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-50"
        >
          {pending ? "处理中…" : "标为已读"}
        </button>
      )}
      <span role="alert" aria-live="polite" className="w-full text-xs text-red-700 empty:hidden">
        {message}
      </span>
    </li>
  );
}
