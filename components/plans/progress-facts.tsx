import { StatusBadge } from "@/components/dashboard/status-badge";
import type { Status } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";

type Props = {
  completion: number | null;
  expected: number | null;
  status: Status | null;
  /** A point (or section) without indicators is followed through its reports, not a number. */
  qualitative?: boolean;
};

/** 完成率, 序时进度 and the traffic-light status, the dashboard's figures beside the plan's text. */
export function ProgressFacts({ completion, expected, status, qualitative = false }: Props) {
  if (qualitative)
    return (
      <span data-testid="progress-facts" className="text-xs text-slate-500">
        定性任务,按月度报告跟踪
      </span>
    );
  return (
    <span data-testid="progress-facts" className="inline-flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span>
        完成率 <span className="font-medium tabular-nums">{formatPercent(completion)}</span>
      </span>
      <span className="text-slate-600">
        序时进度 <span className="tabular-nums">{formatPercent(expected)}</span>
      </span>
      <StatusBadge status={status} />
    </span>
  );
}
