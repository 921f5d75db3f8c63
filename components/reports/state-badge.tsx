import type { ReportState } from "@/lib/generated/prisma/enums";
import { STATE_LABELS } from "@/lib/reports/workflow";

const TONES: Record<ReportState | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-600",
  DRAFT: "bg-amber-50 text-amber-800",
  AWAITING_SIGNOFF: "bg-sky-50 text-sky-800",
  SUBMITTED: "bg-blue-50 text-blue-800",
  APPROVED: "bg-green-50 text-green-800",
  RETURNED: "bg-red-50 text-red-700",
};

/** A report's state; no report yet is 未开始. */
export function StateBadge({ state }: { state: ReportState | null }) {
  return (
    <span
      data-testid="report-state"
      className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONES[state ?? "NONE"]}`}
    >
      {state ? STATE_LABELS[state] : "未开始"}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="inline-block whitespace-nowrap rounded bg-red-600 px-2 py-0.5 text-xs font-medium text-white">
      逾期
    </span>
  );
}
