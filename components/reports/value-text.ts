import { formatNumber } from "@/lib/format";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import type { ValueView } from "@/lib/reports/value-rows";

type Kind = "SUM" | "RATE" | "RATIO" | "MILESTONE";

/** A rate is derived from its parts, never stored: percent for RATE, units per denominator for RATIO. */
export function rateOf(kind: Kind, numerator: number | null, denominator: number | null): number | null {
  if (
    numerator == null ||
    denominator == null ||
    !Number.isFinite(numerator) ||
    !Number.isFinite(denominator) ||
    denominator <= 0
  )
    return null;
  return kind === "RATE" ? (numerator / denominator) * 100 : numerator / denominator;
}

const rounded = (value: number) => formatNumber(Math.round(value * 100) / 100);

export function rateText(kind: Kind, unit: string, numerator: number | null, denominator: number | null): string {
  const rate = rateOf(kind, numerator, denominator);
  if (rate === null) return "";
  return kind === "RATE" ? `${rounded(rate)}%` : `${rounded(rate)}${unit}`;
}

export function targetText(indicator: { kind: Kind; unit: string; target: number; dueOn?: string | null }): string {
  if (indicator.kind === "MILESTONE") return indicator.dueOn ? `完成时限 ${indicator.dueOn}` : "按期完成";
  return `${formatNumber(indicator.target)}${indicator.unit}`;
}

export function valueText(indicator: { kind: Kind; unit: string }, value: ValueView | null): string {
  if (!value) return "—";
  switch (indicator.kind) {
    case "SUM":
      return value.value == null ? "—" : `${formatNumber(value.value)}${indicator.unit}`;
    case "RATE":
    case "RATIO":
      if (value.numerator == null || value.denominator == null) return "—";
      return `${formatNumber(value.numerator)}/${formatNumber(value.denominator)}(${rateText(indicator.kind, indicator.unit, value.numerator, value.denominator)})`;
    case "MILESTONE":
      return value.done ? `已完成${value.doneOn ? `(${value.doneOn})` : ""}` : value.done === false ? "未完成" : "—";
  }
}

/** A value as kept in the report's history, where only the indicator's name is recorded. */
export function snapshotValueText(row: ReportSnapshot["values"][number]): string {
  if (row.value != null) return formatNumber(row.value);
  if (row.numerator != null && row.denominator != null)
    return `${formatNumber(row.numerator)}/${formatNumber(row.denominator)}`;
  if (row.done != null) return row.done ? `已完成${row.doneOn ? `(${row.doneOn})` : ""}` : "未完成";
  return "—";
}
