import type { AggregationKind } from "@/lib/generated/prisma/enums";
import { formatNumber } from "@/lib/format";
import { formatPercent } from "@/lib/dashboard/status-labels";

type Indicator = { kind: AggregationKind; unit: string };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A value in the indicator's unit: a RATE is already in percent, a MILESTONE is the share of units done. */
export function indicatorValueText({ kind, unit }: Indicator, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (kind) {
    case "SUM":
      return `${formatNumber(round(value, 2))}${unit}`;
    case "RATE":
      return `${formatNumber(round(value, 1))}%`;
    case "RATIO":
      return `${formatNumber(round(value, 2))}${unit}`;
    case "MILESTONE":
      return `${formatPercent(value)} 已完成`;
  }
}

/** The target as a sentence fragment: 不少于 30个 / 不超过 3% / 每个县区不少于 2家. */
export function indicatorTargetText(
  indicator: Indicator & { target: number; direction: "AT_LEAST" | "AT_MOST"; quotaMode?: string },
): string {
  if (indicator.kind === "MILESTONE") return "按期完成";
  if (indicator.quotaMode === "MINIMUM") return `每个县区不少于 ${indicatorValueText(indicator, indicator.target)}`;
  return `${indicator.direction === "AT_MOST" ? "不超过" : "不少于"} ${indicatorValueText(indicator, indicator.target)}`;
}
