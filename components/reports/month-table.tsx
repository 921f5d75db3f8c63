import Link from "next/link";
import type { MonthOverview } from "@/lib/reports/queries";
import { monthRowHref, monthRowTitle } from "./month-row-link";
import { OverdueBadge, StateBadge } from "./state-badge";
import { targetText, valueText } from "./value-text";

type Props = { overview: MonthOverview; dueText: string; className?: string };

/** Every point the unit reports this month, one row per indicator, the point's state beside it. */
export function MonthTable({ overview, dueText, className = "" }: Props) {
  return (
    <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}>
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              要点
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              指标(目标)
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              上月已审核
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              本月累计
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              状态
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              截止日期
            </th>
          </tr>
        </thead>
        {overview.rows.map((row) => {
          const href = monthRowHref(overview, row);
          const title = monthRowTitle(row);
          const span = Math.max(row.indicators.length, 1);
          const [first, ...rest] = row.indicators;
          const pointCells = (
            <>
              <th scope="rowgroup" rowSpan={span} className="px-3 py-2 text-left align-top font-normal">
                {href ? (
                  <Link href={href} className="text-brand-700 hover:underline">
                    {title}
                  </Link>
                ) : (
                  title
                )}
              </th>
              {first ? (
                <IndicatorCells indicator={first} />
              ) : (
                <td colSpan={3} className="px-3 py-2 text-slate-500">
                  无本单位填报的指标,填写进展情况
                </td>
              )}
              <td rowSpan={span} className="px-3 py-2 align-top">
                <StateBadge state={row.report?.state ?? null} />
              </td>
              <td rowSpan={span} className="px-3 py-2 align-top whitespace-nowrap">
                {dueText} {row.overdue && <OverdueBadge />}
              </td>
            </>
          );
          return (
            <tbody key={row.pointId} data-testid="month-row" className="border-t border-slate-200">
              <tr>{pointCells}</tr>
              {rest.map((indicator) => (
                <tr key={indicator.id}>
                  <IndicatorCells indicator={indicator} />
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function IndicatorCells({ indicator }: { indicator: MonthOverview["rows"][number]["indicators"][number] }) {
  return (
    <>
      <td className="px-3 py-2">
        {indicator.name}
        <span className="text-slate-500">({targetText(indicator)})</span>
      </td>
      <td className="px-3 py-2 text-right tabular-nums">{valueText(indicator, indicator.lastApproved)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{valueText(indicator, indicator.current)}</td>
    </>
  );
}
