"use client";

import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { STATE_LABELS } from "@/lib/reports/workflow";
import { SnapshotView } from "./snapshot-view";

/** The other person's saved report beside the form, so nothing typed is lost before reloading. */
export function ConflictPanel({ snapshot }: { snapshot: ReportSnapshot }) {
  return (
    <aside
      aria-labelledby="conflict-heading"
      data-testid="report-conflict"
      className="space-y-3 self-start rounded-md border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="conflict-heading" className="font-semibold text-amber-900">
        对方保存的版本(第 {snapshot.version} 版,{STATE_LABELS[snapshot.state]})
      </h2>
      <p className="text-sm text-amber-900">您的修改尚未保存。请对照对方的内容,重新载入后再填写。</p>
      <SnapshotView snapshot={snapshot} />
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm hover:bg-amber-100"
      >
        重新载入最新版本
      </button>
    </aside>
  );
}
