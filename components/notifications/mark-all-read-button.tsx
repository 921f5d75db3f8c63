"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";

/** Marks read everything up to the newest notification shown on the page. */
export function MarkAllReadButton({ upToId }: { upToId: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNotificationsReadAction({ upToId });
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          })
        }
      >
        {pending ? "处理中…" : "全部标为已读"}
      </button>
      <span role="alert" aria-live="polite" className="text-xs text-red-700">{message}</span>
    </span>
  );
}
