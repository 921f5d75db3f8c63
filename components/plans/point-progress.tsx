import { indicatorTargetText, indicatorValueText } from "@/components/dashboard/indicator-value";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { PointProgress as PointFigures } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { ProgressFacts } from "./progress-facts";

type Props = { point: PointFigures; period: string };

/** The point's standing on the dashboard, and each indicator's, beside the point's text. */
export function PointProgress({ point, period }: Props) {
  return (
    <section
      aria-labelledby="progress-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="point-progress"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="progress-heading" className="font-semibold">
          进展 · 截至{formatPeriod(period)}
        </h2>
        <ProgressFacts
          completion={point.completion}
          expected={point.expected}
          status={point.status}
          qualitative={point.indicators.length === 0}
        />
      </div>
      {point.indicators.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm">
          {point.indicators.map((indicator) => (
            <li key={indicator.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
              <span>
                {indicator.name}
                <span className="ml-2 text-slate-600">
                  {indicatorValueText(indicator, indicator.achieved)} / {indicatorTargetText(indicator)}
                </span>
              </span>
              <span className="inline-flex items-center gap-2">
                <span className="tabular-nums">{formatPercent(indicator.completion)}</span>
                <StatusBadge status={indicator.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
