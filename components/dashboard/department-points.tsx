import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { indicatorValueText } from "@/components/dashboard/indicator-value";
import { formatPercent, unitsMetText } from "@/lib/dashboard/status-labels";
import type { PointProgress } from "@/lib/dashboard/progress-types";

type Props = { unit: string; points: PointProgress[]; year: number; period: string };

const CELL = "px-3 py-2 align-top";

/** The points a department leads, each with its indicators; an indicator opens its own page, a point its text. */
export function DepartmentPoints({ unit, points, year, period }: Props) {
  if (points.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {unit}不牵头{year}年的工作要点。
      </p>
    );
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="department-points">
        <caption className="px-3 py-2 text-left text-slate-600">
          {unit}牵头的工作要点({points.length} 条)
        </caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className={`${CELL} font-medium`}>
              要点
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              完成率
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              序时进度
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              状态
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              量化指标(已完成 / 完成率)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {points.map((point) => (
            <tr key={point.no}>
              <th scope="row" className={`${CELL} text-left font-normal`}>
                <Link href={`/plans/${year}/points/${point.no}`} className="text-brand-700 hover:underline">
                  第{point.no}条 {point.title}
                </Link>
              </th>
              <td className={`${CELL} text-right`}>{formatPercent(point.completion)}</td>
              <td className={`${CELL} text-right text-slate-600`}>{formatPercent(point.expected)}</td>
              <td className={CELL}>
                {point.indicators.length === 0 ? (
                  <span className="text-xs text-slate-500">无量化指标</span>
                ) : (
                  <StatusBadge status={point.status} />
                )}
              </td>
              <td className={CELL}>
                {point.indicators.length === 0 ? (
                  <span className="text-slate-500">按工作进展督办</span>
                ) : (
                  <ul className="space-y-1">
                    {point.indicators.map((indicator) => (
                      <li key={indicator.id} className="flex flex-wrap items-center gap-x-2">
                        <Link
                          href={`/dashboard/indicators/${indicator.id}?period=${period}`}
                          className="text-brand-700 hover:underline"
                        >
                          {indicator.name}
                        </Link>
                        <span>
                          {indicatorValueText(indicator, indicator.achieved)} / {formatPercent(indicator.completion)}
                          <span className="text-xs text-slate-500">(序时 {formatPercent(indicator.expected)})</span>
                        </span>
                        {unitsMetText(indicator) && (
                          <span className="text-xs text-slate-600">{unitsMetText(indicator)}</span>
                        )}
                        <StatusBadge status={indicator.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
