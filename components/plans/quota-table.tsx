import { formatNumber } from "@/lib/format";
import type { PointPageIndicator } from "@/lib/plans/admin/point-page";
import { sumQuotas } from "@/lib/plans/quota-sum";

type Indicator = PointPageIndicator;

export function QuotaTable({ indicators }: { indicators: Indicator[] }) {
  const counties = indicators[0].quotas.map((quota) => quota.unit.name);
  const anyDemo = indicators.some((indicator) => indicator.quotas.some((quota) => quota.isDemo));
  return (
    <div className="space-y-2">
      {anyDemo && (
        <p className="text-sm text-amber-700">
          演示数据:以下分解由系统按各县区规模生成,仅供演示,并非市局正式下达的任务。
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                县区
              </th>
              {indicators.map((indicator) => (
                <th key={indicator.id} scope="col" className="px-3 py-2 text-right font-medium">
                  {indicator.name}({indicator.unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {counties.map((county, row) => (
              <tr key={county}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {county}
                </th>
                {indicators.map((indicator) => (
                  <td key={indicator.id} className="px-3 py-2 text-right">
                    {indicator.quotas[row] ? formatNumber(indicator.quotas[row].target) : "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200 bg-slate-50 tabular-nums">
            <tr>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                合计
              </th>
              {indicators.map((indicator) => (
                <QuotaTotalCell key={indicator.id} indicator={indicator} />
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

function QuotaTotalCell({ indicator }: { indicator: Indicator }) {
  // SAME and MINIMUM quotas are each county's own target, not shares of the city's: they do not add up to it.
  if (indicator.quotaMode === "MINIMUM") return <td className="px-3 py-2 text-right text-slate-500">各县区不少于</td>;
  if (indicator.kind !== "SUM" || indicator.quotaMode === "SAME")
    return <td className="px-3 py-2 text-right text-slate-500">各县区同一目标</td>;
  const total = sumQuotas(indicator.quotas.map((quota) => quota.target));
  const matches = total.equals(indicator.target.toString());
  return (
    <td className={`px-3 py-2 text-right font-medium ${matches ? "" : "text-red-700"}`}>
      {formatNumber(total)}
      {!matches && (
        <span className="block text-xs font-normal">与市级目标 {formatNumber(indicator.target)} 不一致</span>
      )}
    </td>
  );
}
