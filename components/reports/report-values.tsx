import type { IndicatorRow } from "@/lib/reports/value-rows";
import { ImplausibleFlag } from "./implausible-flag";
import { targetText, valueText } from "./value-text";

/** The report's values read-only, beside the target and last month's approved value. */
export function ReportValues({ indicators }: { indicators: IndicatorRow[] }) {
  if (indicators.length === 0) return <p className="text-sm text-slate-600">本条要点没有本单位填报的量化指标。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              指标
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              目标
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              上月已审核
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              本月累计
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              说明
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicators.map((indicator) => (
            <tr key={indicator.id} data-testid="report-value">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {indicator.name}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{targetText(indicator)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{valueText(indicator, indicator.lastApproved)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {valueText(indicator, indicator.current)}
                <ImplausibleFlag indicator={indicator} />
              </td>
              <td className="px-3 py-2 whitespace-pre-wrap break-words">{indicator.current?.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
