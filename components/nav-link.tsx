"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Active when the path is at or under href, unless a sibling item matches it more closely. */
export function NavLink({ href, siblings, children }: { href: string; siblings: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const matches = (candidate: string) => pathname === candidate || pathname.startsWith(`${candidate}/`);
  const active = matches(href) && !siblings.some((other) => other.length > href.length && matches(other));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {children}
    </Link>
  );
}
