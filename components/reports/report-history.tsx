import type { ReportDetail } from "@/lib/reports/queries";
import { stateText, stepLabel } from "./history-labels";
import { formatDateTime } from "@/lib/time/format";
import { SnapshotView } from "./snapshot-view";

/** 修订记录: every save and step, oldest first, with who, when, why and what the report said then. */
export function ReportHistory({ events }: { events: ReportDetail["events"] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">暂无记录。</p>;
  return (
    <ol className="space-y-2">
      {events.map((event) => (
        <li
          key={event.id}
          data-testid="report-event"
          className="rounded-md border border-slate-200 bg-white p-3 text-sm"
        >
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-medium" data-testid="report-event-action">
              {stepLabel(event.action)}
            </span>
            <span className="text-slate-600">
              {event.user ? `${event.user.displayName}(${event.user.unit.name})` : "系统"}
            </span>
            <time dateTime={event.at.toISOString()} className="text-slate-500">
              {formatDateTime(event.at)}
            </time>
            <span className="text-slate-500">
              第 {event.revision} 次修订 · {stateText(event)}
            </span>
          </div>
          {event.reason && <p className="mt-1 whitespace-pre-wrap break-words text-red-700">原因:{event.reason}</p>}
          {event.snapshot && (
            <details className="mt-2">
              <summary className="cursor-pointer text-slate-600">
                当时的填报内容(第 {event.snapshot.version} 版)
              </summary>
              <div className="mt-2">
                <SnapshotView snapshot={event.snapshot} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
