import Link from "next/link";
import { StateBadge } from "@/components/reports/state-badge";
import type { ReviewQueueRow } from "@/lib/reports/queries";
import { formatDateTime, formatPeriod } from "@/lib/time/format";
import { DataTable } from "@/components/ui/data-table";

/** The review queue as a table, for a screen wide enough to hold it. */
export function ReviewTable({ queue, className }: { queue: ReviewQueueRow[]; className: string }) {
  return (
    <DataTable
      columns={[{ label: "单位" }, { label: "月份" }, { label: "要点" }, { label: "状态" }, { label: "等待自" }]}
      className={className}
    >
      {queue.map((report) => (
        <tr key={report.id} data-testid="review-row">
          <td className="px-3 py-2">{report.unit.name}</td>
          <td className="px-3 py-2 whitespace-nowrap">{formatPeriod(report.period)}</td>
          <td className="px-3 py-2">
            <Link href={`/reports/${report.id}`} className="text-brand-700 hover:underline">
              第{report.point.no}条 {report.point.title}
            </Link>
            {report.revision > 1 && <span className="ml-2 text-xs text-slate-500">第 {report.revision} 次修订</span>}
            {report._count.values > 0 && (
              <span
                className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                data-testid="review-implausible"
              >
                数值异常 {report._count.values} 项
              </span>
            )}
          </td>
          <td className="px-3 py-2">
            <StateBadge state={report.state} />
          </td>
          <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatDateTime(report.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
