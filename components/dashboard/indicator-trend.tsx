import { IndicatorTrendChart, type TrendRow } from "@/components/charts/indicator-trend-chart";
import type { IndicatorProgress } from "@/lib/dashboard/progress-types";
import type { IndicatorSeries } from "@/lib/dashboard/indicator-series";
import { indicatorValueText } from "./indicator-value";

type Props = { indicator: IndicatorProgress; series: IndicatorSeries };

const monthLabel = (period: string) => `${Number(period.slice(5))}月`;

/** The months up to the period, then December with the year-end target and forecast; the forecast line starts at the last actual. */
function trendRows(indicator: IndicatorProgress, series: IndicatorSeries): TrendRow[] {
  const rows: TrendRow[] = series.months.map((month) => ({
    label: monthLabel(month.period),
    achieved: month.achieved,
    expected: month.expected,
    forecast: null,
  }));
  const last = rows.at(-1);
  if (!last || last.label === "12月" || indicator.forecast === null) return rows;
  last.forecast = last.achieved;
  return [...rows, { label: "12月", achieved: null, expected: indicator.target, forecast: indicator.forecast }];
}

export function IndicatorTrend({ indicator, series }: Props) {
  const rows = trendRows(indicator, series);
  const value = (number: number | null) => indicatorValueText(indicator, number);
  const unit = indicator.kind === "RATE" ? "%" : indicator.unit;
  // A minimum for every county is a target per county: the city's line is the minimums' total.
  const minimum = indicator.quotaMode === "MINIMUM";
  const target = minimum ? indicator.units.reduce((total, unit) => total + unit.quota, 0) : indicator.target;
  return (
    <figure className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm text-slate-600">
        {`逐月累计完成与序时进度应达值(自年初值起按本指标的序时规则)对比,${minimum ? "虚线为各县区最低任务之和" : "虚线为全年目标"},12月为按当前进度的年底预计。`}
      </figcaption>
      <IndicatorTrendChart
        rows={rows}
        target={target}
        unit={unit}
        targetLabel={minimum ? `各县区最低任务合计 ${target}${unit}` : undefined}
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">查看图表数据(表格)</summary>
        <table className="mt-2 w-full tabular-nums">
          <caption className="text-left text-slate-600">{indicator.name}逐月累计完成情况</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-1 font-medium">
                月份
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium">
                实际累计
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium">
                序时进度应达
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium">
                年底预计
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {row.label}
                </th>
                <td className="px-3 py-1 text-right">{value(row.achieved)}</td>
                <td className="px-3 py-1 text-right">{value(row.expected)}</td>
                <td className="px-3 py-1 text-right">{row.label === "12月" ? value(row.forecast) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
