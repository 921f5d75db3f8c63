import Link from "next/link";
import { StateBadge } from "@/components/reports/state-badge";
import type { ReviewQueueRow } from "@/lib/reports/queries";
import { formatDateTime, formatPeriod } from "@/lib/time/format";

/** The review queue as cards, for a phone: the report's point first, then whose, which month, since when. */
export function ReviewCards({ queue, className }: { queue: ReviewQueueRow[]; className: string }) {
  return (
    <ul className={`space-y-3 ${className}`}>
      {queue.map((report) => (
        <li key={report.id} data-testid="review-card" className="rounded-lg border border-slate-200 bg-white p-3">
          <div className="flex items-start justify-between gap-3">
            <h2 className="min-w-0 font-medium">
              <Link href={`/reports/${report.id}`} className="text-brand-700 underline underline-offset-2">
                第{report.point.no}条 {report.point.title}
              </Link>
            </h2>
            <StateBadge state={report.state} />
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {report.unit.name} · {formatPeriod(report.period)}
            {report.revision > 1 && <span className="text-slate-500"> · 第 {report.revision} 次修订</span>}
          </p>
          {report._count.values > 0 && (
            <p className="mt-1">
              <span
                className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                data-testid="review-implausible"
              >
                数值异常 {report._count.values} 项
              </span>
            </p>
          )}
          <p className="mt-1 text-xs text-slate-600">等待自 {formatDateTime(report.updatedAt)}</p>
        </li>
      ))}
    </ul>
  );
}
