"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { HeaderData } from "@/lib/auth/header-data";
import { PortalHeader } from "../portal-header";

const HeaderContext = createContext<HeaderData | null>(null);

/** The signed-in viewer's header data; null in a pre-rendered page until /api/v1/me has answered. */
export const useHeaderData = () => useContext(HeaderContext);

/** The header of a page rendered for its viewer, with what the server knows of them. */
export function RenderedHeader({ header, children }: { header: HeaderData; children: React.ReactNode }) {
  return (
    <HeaderContext value={header}>
      <PortalHeader header={header} />
      {children}
    </HeaderContext>
  );
}

/**
 * The header of a page rendered once for every viewer (the dashboard): the page arrives with the
 * title only, and who is signed in, their navigation and unread count are asked for separately.
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
  return (
    <HeaderContext value={header}>
      <PortalHeader header={header} />
      {children}
    </HeaderContext>
  );
}
