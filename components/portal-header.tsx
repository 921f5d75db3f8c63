import Link from "next/link";
import { NavLink } from "./nav-link";

const NAV_ITEMS = [
  { href: "/plans", label: "工作要点" },
  { href: "/plans/import", label: "导入要点" },
];

export function PortalHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-sm text-slate-500">莆田市民政局</span>
          <span className="text-lg font-semibold text-brand-900">民政工作要点督办平台</span>
        </Link>
        <nav aria-label="主导航" className="flex flex-wrap gap-1 text-sm">
          {NAV_ITEMS.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
      </div>
    </header>
  );
}
