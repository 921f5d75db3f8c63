import { formatPercent } from "@/lib/dashboard/status-labels";
import { formatNumber } from "@/lib/format";
import { formatPeriod } from "@/lib/time/format";

type Facts = {
  period?: string;
  indicator?: string;
  achieved?: number | null;
  target?: number;
  completion?: number | null;
  unit?: string;
  closedIndicators?: number;
  qualitative?: boolean;
};

/** The figures frozen at application: what the unit had reached, by approved reports, against its target. */
export function CloseoutFacts({ facts: raw }: { facts: unknown }) {
  const facts = (raw ?? {}) as Facts;
  const unit = facts.unit ?? "";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="closeout-facts">
      <h2 className="font-semibold">申请时的数据{facts.period && `(截至${formatPeriod(facts.period)}审核通过)`}</h2>
      {facts.indicator !== undefined ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-600">完成数</dt>
          <dd>{facts.achieved == null ? "暂无" : `${formatNumber(facts.achieved)}${unit}`}</dd>
          <dt className="text-slate-600">目标</dt>
          <dd>{facts.target === undefined ? "—" : `${formatNumber(facts.target)}${unit}`}</dd>
          <dt className="text-slate-600">完成率</dt>
          <dd>{formatPercent(facts.completion ?? null)}</dd>
        </dl>
      ) : (
        <p className="mt-2">
          {facts.qualitative
            ? "定性要点:按责任单位的办结说明申请。"
            : `本单位负责的指标已全部办结(${facts.closedIndicators ?? 0} 项)。`}
        </p>
      )}
    </section>
  );
}
