import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatPercent } from "@/lib/dashboard/status-labels";
import type { IndicatorProgress } from "@/lib/dashboard/progress-types";
import { formatPeriod } from "@/lib/reports/periods";
import { indicatorValueText } from "./indicator-value";

type Props = { indicator: IndicatorProgress; period: string; countyCodes: Set<string>; readable: Set<number> };

/**
 * Each reporting unit's quota and approved value, with the report the value comes from: the drill
 * path from a red indicator to a county's report and its evidence.
 */
export function IndicatorUnitTable({ indicator, period, countyCodes, readable }: Props) {
  const value = (number: number | null) => indicatorValueText(indicator, number);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="indicator-units">
        <caption className="px-3 py-2 text-left text-slate-600">{indicator.name}:各单位任务与完成情况(与上图数字相同)</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">单位</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">任务</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">已完成</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">完成率</th>
            <th scope="col" className="px-3 py-2 font-medium">状态</th>
            <th scope="col" className="px-3 py-2 font-medium">数据来源</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {indicator.units.map((unit) => (
            <tr key={unit.unitId}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {countyCodes.has(unit.unitCode) ? (
                  <Link href={`/dashboard/counties/${unit.unitCode}?period=${period}`} className="text-brand-700 hover:underline">{unit.unit}</Link>
                ) : unit.unit}
              </th>
              <td className="px-3 py-2 text-right">{value(unit.quota)}</td>
              <td className="px-3 py-2 text-right">{value(unit.achieved)}</td>
              <td className="px-3 py-2 text-right">{formatPercent(unit.completion)}</td>
              <td className="px-3 py-2">{unit.quota === 0 && unit.completion === null ? <span className="text-xs text-slate-500">无分解任务</span> : <StatusBadge status={unit.status} />}</td>
              <td className="px-3 py-2"><ReportLink about={unit.unit} reportId={unit.reportId} reportPeriod={unit.reportPeriod} readable={readable} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type LinkProps = { about: string; reportId: number | null; reportPeriod: string | null; readable: Set<number> };

/** "查看报告" with the month it comes from; what it is about is in the link's name for screen readers listing links. */
export function ReportLink({ about, reportId, reportPeriod, readable }: LinkProps) {
  if (reportId === null || reportPeriod === null) return <span className="text-slate-500">暂无已审核报告</span>;
  const month = formatPeriod(reportPeriod);
  if (!readable.has(reportId)) return <span className="text-slate-500">{month} 报告</span>;
  return (
    <Link href={`/reports/${reportId}`} className="whitespace-nowrap text-brand-700 hover:underline">
      查看报告<span className="sr-only">:{about}</span>({month})
    </Link>
  );
}
