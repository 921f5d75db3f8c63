import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { snapshotValueText } from "./value-text";

const NARRATIVE = [
  ["progress", "进展情况"],
  ["problems", "存在问题"],
  ["nextSteps", "下步打算"],
] as const;

/** What a report said at one moment: its values and narrative, as plain text. */
export function SnapshotView({ snapshot }: { snapshot: ReportSnapshot }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {snapshot.values.map((row) => (
        <div key={row.indicator} className="contents">
          <dt className="text-slate-500">{row.indicator}</dt>
          <dd className="tabular-nums">
            {snapshotValueText(row)}
            {row.explanation && <span className="text-slate-500">(说明:{row.explanation})</span>}
          </dd>
        </div>
      ))}
      {snapshot.noProgress && (
        <div className="contents">
          <dt className="text-slate-500">本月无新进展</dt>
          <dd className="whitespace-pre-wrap break-words">原因:{snapshot.noProgressReason}</dd>
        </div>
      )}
      {NARRATIVE.map(([key, label]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="whitespace-pre-wrap break-words">{snapshot[key] || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
