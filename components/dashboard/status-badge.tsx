import type { Status } from "@/lib/dashboard/progress-types";
import { COLOUR_LABELS, STATUS_COLOUR, STATUS_LABELS } from "@/lib/dashboard/status-labels";

const TONES = {
  green: "bg-green-50 text-green-800 ring-green-600/30",
  yellow: "bg-amber-50 text-amber-900 ring-amber-600/40",
  red: "bg-red-50 text-red-800 ring-red-600/40",
} as const;

/** A status in words and colour (绿/黄/红 written out, so it survives grey printing and colour blindness). */
export function StatusBadge({ status }: { status: Status | null }) {
  if (!status) return <span className="text-xs text-slate-500">暂无已审核数据</span>;
  const colour = STATUS_COLOUR[status];
  return (
    <span
      data-status={status}
      className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[colour]}`}
    >
      {COLOUR_LABELS[colour]} · {STATUS_LABELS[status]}
    </span>
  );
}
