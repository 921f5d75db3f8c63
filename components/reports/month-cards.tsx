import Link from "next/link";
import type { MonthOverview } from "@/lib/reports/queries";
import { monthRowHref, monthRowTitle } from "./month-row-link";
import { OverdueBadge, StateBadge } from "./state-badge";
import { targetText, valueText } from "./value-text";

type Props = { overview: MonthOverview; dueText: string; className: string };

/** The month's points as cards, for a phone: what MonthTable shows in a row, read top to bottom. */
export function MonthCards({ overview, dueText, className }: Props) {
  return (
    <ul className={`space-y-3 ${className}`}>
      {overview.rows.map((row) => {
        const href = monthRowHref(overview, row);
        const title = monthRowTitle(row);
        return (
          <li key={row.pointId} data-testid="month-card" className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-start justify-between gap-3">
              <h2 className="min-w-0 font-medium">
                {href ? (
                  <Link href={href} className="text-brand-700 underline underline-offset-2">
                    {title}
                  </Link>
                ) : (
                  title
                )}
              </h2>
              <StateBadge state={row.report?.state ?? null} />
            </div>
            {row.indicators.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">无本单位填报的指标,填写进展情况</p>
            ) : (
              <dl className="mt-2 space-y-2 text-sm">
                {row.indicators.map((indicator) => (
                  <div key={indicator.id}>
                    <dt>
                      {indicator.name}
                      <span className="text-slate-500">({targetText(indicator)})</span>
                    </dt>
                    <dd className="flex flex-wrap gap-x-4 text-slate-700 tabular-nums">
                      <span>上月已审核 {valueText(indicator, indicator.lastApproved)}</span>
                      <span>本月累计 {valueText(indicator, indicator.current)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="mt-2 text-xs text-slate-600">
              截止 {dueText} {row.overdue && <OverdueBadge />}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
