import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { ReportLink } from "@/components/dashboard/indicator-unit-table";
import { indicatorValueText } from "@/components/dashboard/indicator-value";
import { formatPercent } from "@/lib/dashboard/status-labels";
import type { IndicatorProgress, PointProgress, UnitProgress } from "@/lib/dashboard/progress-types";

export type CountyQuota = { point: Pick<PointProgress, "no" | "title">; indicator: IndicatorProgress; row: UnitProgress };

type Props = { county: string; quotas: CountyQuota[]; period: string; readable: Set<number>; linkIndicators: boolean };

/** Every quota the county holds, with its approved value and the report it comes from. */
export function CountyQuotaTable({ county, quotas, period, readable, linkIndicators }: Props) {
  if (quotas.length === 0) return <p className="text-sm text-slate-600">本县区没有分解任务。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="county-quotas">
        <caption className="px-3 py-2 text-left text-slate-600">{county}各项任务完成情况</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">指标</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">任务</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">已完成</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">完成率</th>
            <th scope="col" className="px-3 py-2 font-medium">状态</th>
            <th scope="col" className="px-3 py-2 font-medium">数据来源</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {quotas.map(({ point, indicator, row }) => (
            <tr key={indicator.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {linkIndicators ? (
                  <Link href={`/dashboard/indicators/${indicator.id}?period=${period}`} className="text-brand-700 hover:underline">{indicator.name}</Link>
                ) : indicator.name}
                <span className="block text-xs text-slate-500">第{point.no}条 {point.title}</span>
              </th>
              <td className="px-3 py-2 text-right">{indicatorValueText(indicator, row.quota)}</td>
              <td className="px-3 py-2 text-right">{indicatorValueText(indicator, row.achieved)}</td>
              <td className="px-3 py-2 text-right">{formatPercent(row.completion)}</td>
              <td className="px-3 py-2">{row.quota === 0 && row.completion === null ? <span className="text-xs text-slate-500">无分解任务</span> : <StatusBadge status={row.status} />}</td>
              <td className="px-3 py-2"><ReportLink about={indicator.name} reportId={row.reportId} reportPeriod={row.reportPeriod} readable={readable} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
