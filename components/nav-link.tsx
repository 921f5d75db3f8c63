"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = { href: string; siblings: string[]; count?: number; children: string };

/** Active when the path is at or under href, unless a sibling item matches it more closely. */
export function NavLink({ href, siblings, count, children }: Props) {
  const pathname = usePathname();
  const matches = (candidate: string) => pathname === candidate || pathname.startsWith(`${candidate}/`);
  const active = matches(href) && !siblings.some((other) => other.length > href.length && matches(other));
  const waiting = count !== undefined && count > 0;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex items-center gap-1 whitespace-nowrap rounded-md px-3 py-2 lg:px-2 lg:py-1.5 ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {children}
      {waiting && (
        // The number alone would be read as part of the word: a screen reader hears what it counts instead
        // (no aria-label, so the visible word stays the start of the link's name).
        <span
          aria-hidden="true"
          data-testid="nav-count"
          className="min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-xs font-medium leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
      {waiting && <span className="sr-only">,待办 {count} 项</span>}
    </Link>
  );
}
