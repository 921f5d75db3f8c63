import { cumulativeOf, IMPLAUSIBLE_REASONS, implausibilityOf } from "@/lib/reports/value-rules";
import type { IndicatorRow } from "@/lib/reports/value-rows";

/**
 * 数值异常 beside a value saved beyond belief: why, worked out again from the value, the quota and
 * last month, so the reviewer reads the reason, not just a flag.
 */
export function ImplausibleFlag({ indicator }: { indicator: IndicatorRow }) {
  const current = indicator.current;
  if (!current?.implausible) return null;
  const last = indicator.lastApproved && cumulativeOf(indicator, indicator.lastApproved);
  const reason = implausibilityOf(indicator, current, last ?? null);
  return (
    <span
      className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
      data-testid="implausible-flag"
    >
      {reason ? IMPLAUSIBLE_REASONS[reason].flag : "数值异常"}
    </span>
  );
}
