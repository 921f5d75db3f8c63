// The list's filters live in the URL (bookmarkable): tabs as links, the rest a GET form.
import Link from "next/link";
import type { NoticeFilters, NoticeTab } from "@/lib/supervision/queries";
import { COLOUR_LABELS, STATE_LABELS } from "@/lib/supervision/notice-words";

const TABS: { tab: NoticeTab; label: string }[] = [
  { tab: "proposed", label: "拟发" },
  { tab: "open", label: "办理中" },
  { tab: "closed", label: "已办结" },
  { tab: "all", label: "全部" },
];

type Props = { filters: NoticeFilters; units: { code: string; name: string }[]; showProposed: boolean };

export function NoticeFiltersBar({ filters, units, showProposed }: Props) {
  return (
    <div className="space-y-2">
      <nav aria-label="督查单分类" className="flex flex-wrap gap-2">
        {TABS.filter((item) => showProposed || item.tab !== "proposed").map((item) => (
          <Link
            key={item.tab}
            href={`/supervision?tab=${item.tab}`}
            aria-current={filters.tab === item.tab ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${filters.tab === item.tab ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="tab" value={filters.tab} />
        <label className="flex flex-col">
          责任单位
          <select
            name="unit"
            defaultValue={filters.unit ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">全部</option>
            {units.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          颜色
          <select
            name="colour"
            defaultValue={filters.colour ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">全部</option>
            {Object.entries(COLOUR_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          状态
          <select
            name="state"
            defaultValue={filters.state ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">全部</option>
            {Object.entries(STATE_LABELS)
              .filter(([value]) => showProposed || (value !== "PROPOSED" && value !== "DISMISSED"))
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1">
          筛选
        </button>
      </form>
    </div>
  );
}
