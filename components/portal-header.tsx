import Link from "next/link";
import type { HeaderData } from "@/lib/auth/header-data";
import { HeaderMenu } from "./layout/header-menu";

/** The portal's header; without data (a pre-rendered page still asking who is signed in) only the title. */
export function PortalHeader({ header }: { header: HeaderData | null }) {
  return (
    <header className="min-h-[3.75rem] border-b border-slate-200 bg-white" data-testid="portal-header">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex shrink-0 items-baseline gap-2">
          {/* The bureau's name is left out where the line is short: the title says whose portal it is. */}
          <span className="hidden text-sm text-slate-500 2xl:inline">莆田市民政局</span>
          <span className="text-lg font-semibold text-brand-900">民政工作要点督办平台</span>
        </Link>
        {header && <HeaderMenu header={header} />}
      </div>
    </header>
  );
}
