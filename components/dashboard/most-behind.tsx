import Link from "next/link";
import type { IndicatorProgress, PlanProgress, PointProgress } from "@/lib/dashboard/progress-types";
import { formatPercent, unitsMetText } from "@/lib/dashboard/status-labels";
import { formatNumber } from "@/lib/format";
import { StatusBadge } from "./status-badge";

const LIMIT = 8;

type Row = { indicator: IndicatorProgress; point: PointProgress; gap: number };

const amount = (value: number) => formatNumber(Math.round(value * 100) / 100);

// Against the indicator's own 序时进度 (its rule and baseline); the sign is stated, not assumed.
const gapText = (gap: number) =>
  `${gap < 0 ? "落后" : "超前"} ${formatPercent(Math.abs(gap)).replace("%", "")} 个百分点`;

function achievedText(indicator: IndicatorProgress): string {
  if (indicator.achieved === null) return "—";
  if (indicator.kind === "MILESTONE") return `按期完成 ${formatPercent(indicator.achieved)}`;
  if (indicator.quotaMode === "MINIMUM")
    return `${amount(indicator.achieved)}${indicator.unit} · ${unitsMetText(indicator) ?? ""}`;
  return `${amount(indicator.achieved)}${indicator.unit} / ${amount(indicator.target)}${indicator.unit}`;
}

/** The lagging indicators furthest behind 序时进度, each a way down to its counties and reports. */
export function MostBehind({ progress }: { progress: PlanProgress }) {
  const { year, period } = progress;
  const rows: Row[] = progress.points
    .flatMap((point) =>
      point.indicators
        .filter(
          (indicator) =>
            indicator.completion !== null && (indicator.status === "BEHIND" || indicator.status === "SERIOUSLY_BEHIND"),
        )
        .map((indicator) => ({ indicator, point, gap: (indicator.completion as number) - indicator.expected })),
    )
    .sort((a, b) => a.gap - b.gap)
    .slice(0, LIMIT);
  return (
    <section aria-labelledby="dash-behind-heading" className="space-y-2" data-testid="most-behind">
      <h2 id="dash-behind-heading" className="text-lg font-semibold">
        滞后指标
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">
          本期没有滞后或严重滞后的指标。
        </p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="px-3 py-2 text-left text-xs text-slate-500">
              落后序时进度最多的指标,最多列出 {LIMIT} 项。
            </caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  指标
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  所属要点
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  已完成 / 目标
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  完成率
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  与序时进度相比
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  状态
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ indicator, point, gap }) => (
                <tr key={indicator.id}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link
                      href={`/dashboard/indicators/${indicator.id}?period=${period}`}
                      className="text-brand-700 hover:underline"
                    >
                      {indicator.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">
                    <Link href={`/plans/${year}/points/${point.no}`} className="hover:underline">
                      第{point.no}条 {point.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{achievedText(indicator)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(indicator.completion)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{gapText(gap)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={indicator.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
