import { formatDateTime } from "@/lib/time/format";
import type { HistoryEntry } from "@/lib/plans/admin/point-history";

/** 修改记录: time, who, what (old → new in words) and why, newest first. */
export function PlanHistory({ entries, published }: { entries: HistoryEntry[]; published: boolean }) {
  if (entries.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {published
          ? "发布以来本条没有修改。"
          : "工作要点尚未发布:草稿阶段的修改只记入审计日志,发布后的每次修改都在此列出。"}
      </p>
    );
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li
          key={entry.id}
          data-testid="history-entry"
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
        >
          <p className="flex flex-wrap gap-x-3 text-slate-600">
            <time className="tabular-nums">{formatDateTime(entry.at)}</time>
            <span>{entry.who}</span>
            <span className="font-medium text-slate-900">{entry.what}</span>
          </p>
          {entry.changes.length > 0 && (
            <ul className="mt-1 space-y-0.5">
              {entry.changes.map((change) => (
                <li key={change.field} className="break-words">
                  <span className="text-slate-500">{change.field}:</span>
                  {change.before && (
                    <span className="text-slate-500 line-through decoration-slate-300">{change.before}</span>
                  )}
                  {change.before && change.after && (
                    <span>
                      {" "}
                      → <span className="sr-only">改为</span>
                    </span>
                  )}
                  {change.after && <span>{change.after}</span>}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1">
            <span className="text-slate-500">原因:</span>
            {entry.reason}
          </p>
        </li>
      ))}
    </ol>
  );
}
