import Link from "next/link";
import type { HeaderData } from "@/lib/auth/header-data";
import { SignOutButton } from "./layout/sign-out-button";
import { NotificationBadge } from "./notifications/notification-badge";
import { NavLink } from "./nav-link";

/** The portal's header; without data (a pre-rendered page still asking who is signed in) only the title. */
export function PortalHeader({ header }: { header: HeaderData | null }) {
  const items = header?.navigation ?? [];
  return (
    <header className="min-h-[3.75rem] border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-sm text-slate-500">莆田市民政局</span>
          <span className="text-lg font-semibold text-brand-900">民政工作要点督办平台</span>
        </Link>
        {header && (
          <>
            <nav aria-label="主导航" className="flex flex-wrap gap-1 text-sm">
              {items.map((item) => (
                <NavLink key={item.href} href={item.href} siblings={items.map((other) => other.href)}>
                  {item.label}
                </NavLink>
              ))}
            </nav>
            <div className="no-print ml-auto flex items-center gap-2 text-sm">
              {header.unreadCount !== null && <NotificationBadge count={header.unreadCount} />}
              <Link href="/account" className="text-slate-700 hover:underline" data-testid="current-user">
                {header.who}
              </Link>
              <SignOutButton userId={header.userId} />
            </div>
          </>
        )}
      </div>
    </header>
  );
}
