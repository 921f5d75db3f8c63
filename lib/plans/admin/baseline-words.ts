// A unit's 年初值 in words (12个, 45/100 = 45%), for the history and the point page.
import { formatNumber } from "@/lib/format";

export type BaselineParts = { value: number | null; numerator: number | null; denominator: number | null };

export function baselineInWords(kind: string, unit: string, parts: BaselineParts | null): string {
  if (!parts) return "未设";
  if (kind === "SUM") return parts.value === null ? "未设" : `${formatNumber(parts.value)}${unit}`;
  if (parts.numerator === null || parts.denominator === null || parts.denominator === 0) return "未设";
  const rate = parts.numerator / parts.denominator;
  const shown =
    kind === "RATE"
      ? `${formatNumber(Math.round(rate * 10000) / 100)}%`
      : `${formatNumber(Math.round(rate * 100) / 100)}${unit}`;
  return `${formatNumber(parts.numerator)}/${formatNumber(parts.denominator)} = ${shown}`;
}
