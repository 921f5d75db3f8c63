"use client";

import { ActionButton } from "@/components/ui/action-button";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { useSetUnread } from "../layout/header-shell";

/** Marks read everything up to the newest notification shown on the page; the header's badge follows at once. */
export function MarkAllReadButton({ upToId }: { upToId: number }) {
  const setUnread = useSetUnread();
  return (
    <ActionButton
      run={async () => {
        const result = await markAllNotificationsReadAction({ upToId });
        if (result.ok) setUnread(result.data.unread);
        return result;
      }}
      label="全部标为已读"
      pendingLabel="处理中…"
      className="rounded-md border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
    />
  );
}
