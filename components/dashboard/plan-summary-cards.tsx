import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { StatusBadge } from "./status-badge";

const CARD = "rounded-lg border border-slate-200 bg-white p-4";
const HEADING = "text-sm font-medium text-slate-600";

/**
 * The three numbers leadership reads first: the plan against its 序时进度 (each indicator's expected
 * progress, weighted as completion is), indicators by status, reports not yet counted.
 */
export function PlanSummaryCards({ progress }: { progress: PlanProgress }) {
  const { plan, statusCounts: counts } = progress;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const groups = [
    {
      label: "绿 · 超前、正常",
      dot: "bg-green-600",
      count: counts.AHEAD + counts.ON_TRACK,
      note: `超前 ${counts.AHEAD} 项,正常 ${counts.ON_TRACK} 项`,
    },
    { label: "黄 · 滞后", dot: "bg-amber-500", count: counts.BEHIND },
    { label: "红 · 严重滞后", dot: "bg-red-600", count: counts.SERIOUSLY_BEHIND },
    { label: "暂无已审核数据", dot: "bg-slate-300", count: counts.NONE },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <section aria-labelledby="dash-plan-heading" className={CARD}>
        <h2 id="dash-plan-heading" className={HEADING}>
          全年完成率
        </h2>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="plan-completion">
          {formatPercent(plan.completion)}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>
            序时进度{" "}
            <span className="tabular-nums" data-testid="time-progress">
              {formatPercent(plan.expected ?? progress.timeProgress)}
            </span>
          </span>
          <StatusBadge status={plan.status} />
        </p>
      </section>
      <section aria-labelledby="dash-status-heading" className={CARD}>
        <h2 id="dash-status-heading" className={HEADING}>
          指标状态(共 {total} 项)
        </h2>
        <dl className="mt-2 space-y-1 text-sm" data-testid="status-counts">
          {groups.map((group) => (
            <div key={group.label} className="flex items-baseline justify-between gap-2">
              <dt className="flex items-center gap-2">
                <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${group.dot}`} />
                {group.label}
              </dt>
              <dd className="tabular-nums">
                {group.count} 项{group.note && <span className="ml-1 text-xs text-slate-500">({group.note})</span>}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 border-t border-slate-100 pt-2 text-sm text-slate-600" data-testid="closed-counts">
          已办结(销号):指标 <span className="tabular-nums">{progress.closed.indicators}</span> 项 · 要点{" "}
          <span className="tabular-nums">{progress.closed.points}</span> 项
          <span className="ml-1 text-xs text-slate-500">(按单位分项计)</span>
        </p>
      </section>
      <section aria-labelledby="dash-pending-heading" className={CARD}>
        <h2 id="dash-pending-heading" className={HEADING}>
          未审核通过的报告
        </h2>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="pending-reports">
          {progress.pendingReports} <span className="text-base font-normal">份</span>
        </p>
        <p className="mt-2 text-sm text-slate-600">
          {formatPeriod(progress.period)}应报 {progress.expectedReports} 份,已审核通过 {progress.approvedReports}{" "}
          份;未通过的不计入完成率。
        </p>
      </section>
    </div>
  );
}
