"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { HeaderData } from "@/lib/auth/header-data";
import { PortalHeader } from "../portal-header";

type HeaderState = { header: HeaderData | null; setUnread: (count: number) => void };

const HeaderContext = createContext<HeaderState>({ header: null, setUnread: () => {} });

/** The signed-in viewer's header data; null in a pre-rendered page until /api/v1/me has answered. */
export const useHeaderData = () => useContext(HeaderContext).header;

/**
 * Sets the header's unread count at once, from what an action just did or a page just counted:
 * the header belongs to the layout, which a move to another page does not render again.
 */
export const useSetUnread = () => useContext(HeaderContext).setUnread;

/** The header as the server sent it, with the unread count a page set since (until the server sends it anew). */
function useHeaderState(source: HeaderData | null): HeaderState {
  const [unread, setUnreadOf] = useState<{ of: HeaderData | null; count: number } | null>(null);
  const setUnread = useCallback((count: number) => setUnreadOf({ of: source, count }), [source]);
  const header = useMemo(
    () =>
      source && source.unreadCount !== null && unread?.of === source
        ? { ...source, unreadCount: unread.count }
        : source,
    [source, unread],
  );
  return useMemo(() => ({ header, setUnread }), [header, setUnread]);
}

function Shell({ source, children }: { source: HeaderData | null; children: React.ReactNode }) {
  const state = useHeaderState(source);
  return (
    <HeaderContext value={state}>
      <PortalHeader header={state.header} />
      {children}
    </HeaderContext>
  );
}

/** The header of a page rendered for its viewer, with what the server knows of them. */
export function RenderedHeader({ header, children }: { header: HeaderData; children: React.ReactNode }) {
  return <Shell source={header}>{children}</Shell>;
}

/**
 * The header of a page rendered once for every viewer (the dashboard): the page arrives with the
 * title only, and who is signed in, their navigation and its counts are asked for separately.
 */
export function FetchedHeader({ children }: { children: React.ReactNode }) {
  const [header, setHeader] = useState<HeaderData | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/v1/me", { cache: "no-store" })
      .then(async (response) => {
        if (response.status === 401) window.location.assign("/login");
        else if (response.ok && current) setHeader((await response.json()) as HeaderData);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, []);
  return <Shell source={header}>{children}</Shell>;
}
