"use client";

import { useEffect } from "react";
import { useSetUnread } from "../layout/header-shell";

/**
 * The notification centre counts the unread itself; the header (kept from an earlier page by a move
 * within the portal) is set to the same number, so the two never disagree on one screen.
 */
export function UnreadSync({ count }: { count: number }) {
  const setUnread = useSetUnread();
  useEffect(() => setUnread(count), [count, setUnread]);
  return null;
}
