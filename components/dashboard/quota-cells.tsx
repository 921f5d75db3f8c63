import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatPercent, hasNoQuota, NO_QUOTA_LABEL } from "@/lib/dashboard/status-labels";
import type { IndicatorProgress, UnitProgress } from "@/lib/dashboard/progress-types";
import { formatPeriod } from "@/lib/time/format";
import { indicatorValueText } from "./indicator-value";

/** The columns after the row header of a quota table (one unit's share of one indicator). */
export function QuotaHeaderCells() {
  return (
    <>
      <th scope="col" className="px-3 py-2 text-right font-medium">
        任务
      </th>
      <th scope="col" className="px-3 py-2 text-right font-medium">
        已完成
      </th>
      <th scope="col" className="px-3 py-2 text-right font-medium">
        完成率
      </th>
      <th scope="col" className="px-3 py-2 text-right font-medium">
        序时进度
      </th>
      <th scope="col" className="px-3 py-2 font-medium">
        状态
      </th>
      <th scope="col" className="px-3 py-2 font-medium">
        数据来源
      </th>
    </>
  );
}

type Props = { indicator: IndicatorProgress; row: UnitProgress; about: string; readable: Set<number> };

export function QuotaCells({ indicator, row, about, readable }: Props) {
  return (
    <>
      <td className="px-3 py-2 text-right">{indicatorValueText(indicator, row.quota)}</td>
      <td className="px-3 py-2 text-right">{indicatorValueText(indicator, row.achieved)}</td>
      <td className="px-3 py-2 text-right">{formatPercent(row.completion)}</td>
      <td className="px-3 py-2 text-right text-slate-600">{formatPercent(row.expected)}</td>
      <td className="px-3 py-2">
        {hasNoQuota(row) ? (
          <span className="text-xs text-slate-500">{NO_QUOTA_LABEL}</span>
        ) : (
          <StatusBadge status={row.status} />
        )}
      </td>
      <td className="px-3 py-2">
        <ReportLink about={about} reportId={row.reportId} reportPeriod={row.reportPeriod} readable={readable} />
      </td>
    </>
  );
}

type LinkProps = { about: string; reportId: number | null; reportPeriod: string | null; readable: Set<number> };

/** "查看报告" with the month it comes from; what it is about is in the link's name for screen readers listing links. */
function ReportLink({ about, reportId, reportPeriod, readable }: LinkProps) {
  if (reportId === null || reportPeriod === null) return <span className="text-slate-500">暂无已审核报告</span>;
  const month = formatPeriod(reportPeriod);
  if (!readable.has(reportId)) return <span className="text-slate-500">{month} 报告</span>;
  return (
    <Link href={`/reports/${reportId}`} className="whitespace-nowrap text-brand-700 hover:underline">
      查看报告<span className="sr-only">:{about}</span>({month})
    </Link>
  );
}
