import Link from "next/link";
import type { CountyProgress } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { StatusBadge } from "./status-badge";

type Props = { counties: CountyProgress[]; period: string };

const byRank = (a: CountyProgress, b: CountyProgress) => (a.rank ?? Infinity) - (b.rank ?? Infinity);

/** The counties ranked by completion of their quotas, with how reliably they file. */
export function CountyTable({ counties, period }: Props) {
  const rows = [...counties].sort(byRank);
  return (
    <section aria-labelledby="dash-counties-heading" className="space-y-2">
      <h2 id="dash-counties-heading" className="text-lg font-semibold">
        县区排名
      </h2>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="county-table">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">
            按县区配额的平均完成率排名(序时进度按同样权重汇总);按时报送率为截至{formatPeriod(period)}
            应报报告中按期报送的比例(含批准延期)。
          </caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                排名
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                县区
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
              <th scope="col" className="px-3 py-2 text-right font-medium">
                按时报送率
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                逾期报告
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((county) => (
              <tr key={county.code} data-county={county.code}>
                <td className="px-3 py-2 tabular-nums">{county.rank ?? "—"}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <Link
                    href={`/dashboard/counties/${county.code}?period=${period}`}
                    className="text-brand-700 hover:underline"
                  >
                    {county.name}
                  </Link>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{formatPercent(county.completion)}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-600">{formatPercent(county.expected)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={county.status} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {formatPercent(county.onTimeRate)}
                  <span className="ml-1 text-xs text-slate-500">
                    ({county.reportsOnTime}/{county.reportsDue} 份)
                  </span>
                </td>
                <td
                  className={`px-3 py-2 text-right tabular-nums ${county.overdueReports > 0 ? "font-medium text-red-700" : ""}`}
                >
                  {county.overdueReports} 份
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
