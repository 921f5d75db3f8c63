import Link from "next/link";
import type { OverdueReport } from "@/lib/dashboard/progress-types";
import { overdueStateLabel } from "@/lib/dashboard/overdue-state";
import { formatPeriod } from "@/lib/time/format";
import { ReadableReports, ReportStateLink } from "./readable-report-links";

const LIMIT = 20;

type Props = { overdue: OverdueReport[]; year: number };

/**
 * Reports past their due day and not yet with the city: unit, point, month, how late, state; the
 * state links to the report only for a reader who may open it (decided per reader, see ReadableReports).
 */
export function OverdueList({ overdue, year }: Props) {
  const rows = overdue.slice(0, LIMIT);
  const reportIds = rows.flatMap((row) => (row.reportId ? [row.reportId] : []));
  return (
    <section aria-labelledby="dash-overdue-heading" className="space-y-2" data-testid="overdue-list">
      <h2 id="dash-overdue-heading" className="text-lg font-semibold">
        逾期报告 <span className="text-sm font-normal text-slate-600">共 {overdue.length} 份</span>
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">没有逾期报告。</p>
      ) : (
        <ReadableReports reportIds={reportIds}>
          <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <caption className="px-3 py-2 text-left text-xs text-slate-500">
                已过截止日期仍未报送的报告{overdue.length > LIMIT ? `,列出前 ${LIMIT} 份` : ""}。
              </caption>
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    单位
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    要点
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    月份
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    截止日期
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    逾期
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    状态
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={`${row.unitCode}-${row.pointNo}-${row.period}`} data-testid="overdue-report">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      {row.unit}
                    </th>
                    <td className="px-3 py-2">
                      <Link href={`/plans/${year}/points/${row.pointNo}`} className="hover:underline">
                        第{row.pointNo}条 {row.pointTitle}
                      </Link>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatPeriod(row.period)}</td>
                    <td className="whitespace-nowrap px-3 py-2 tabular-nums">{row.dueAt}</td>
                    <td className="whitespace-nowrap px-3 py-2 tabular-nums">{row.daysLate} 天</td>
                    <td className="whitespace-nowrap px-3 py-2">
                      <ReportStateLink reportId={row.reportId} label={overdueStateLabel(row)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ReadableReports>
      )}
    </section>
  );
}
