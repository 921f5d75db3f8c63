"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { HeaderData } from "@/lib/auth/header-data";
import { NavLink } from "../nav-link";
import { NotificationBadge } from "../notifications/notification-badge";
import { SignOutButton } from "./sign-out-button";
import { useEscapeKey } from "./use-escape-key";
import { UserMenu } from "./user-menu";

/**
 * The navigation and the account corner. Wide screens show them in the header's one line; below
 * lg they fold behind 菜单, which opens them as a list (Escape or a chosen page closes it again).
 */
export function HeaderMenu({ header }: { header: HeaderData }) {
  const items = header.navigation;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  useEscapeKey(open, () => {
    setOpen(false);
    button.current?.focus();
  });
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("a, button")?.focus();
  }, [open]);
  const unread = header.unreadCount ?? 0;

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `菜单,${unread} 条未读通知` : "菜单"}
        onClick={() => setOpen(!open)}
        className="no-print ml-auto inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 lg:hidden"
      >
        菜单
        <span aria-hidden="true" className="text-xs">
          {open ? "▴" : "▾"}
        </span>
        {unread > 0 && <span aria-hidden="true" className="size-2 rounded-full bg-red-600" />}
      </button>
      <div
        ref={panel}
        id={panelId}
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-2 border-t border-slate-200 pt-2 text-sm lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:gap-4 lg:border-0 lg:pt-0`}
      >
        <nav aria-label="主导航" className="flex flex-col gap-0.5 lg:flex-row lg:flex-wrap">
          {items.map((item) => (
            <NavLink key={item.href} href={item.href} count={item.count} siblings={items.map((other) => other.href)}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="no-print flex flex-col items-start gap-1 border-t border-slate-200 px-1 pt-2 lg:ml-auto lg:px-0 lg:flex-row lg:items-center lg:gap-1 lg:border-0 lg:pt-0">
          {header.unreadCount !== null && <NotificationBadge count={header.unreadCount} />}
          <UserMenu who={header.who} displayName={header.displayName} />
          <SignOutButton userId={header.userId} />
        </div>
      </div>
    </>
  );
}
