"use client";

import { ActionButton } from "@/components/ui/action-button";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";

/** Marks read everything up to the newest notification shown on the page. */
export function MarkAllReadButton({ upToId }: { upToId: number }) {
  return (
    <ActionButton
      run={() => markAllNotificationsReadAction({ upToId })}
      label="全部标为已读"
      pendingLabel="处理中…"
      className="rounded-md border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
    />
  );
}
