// One county's quota as typed in the grid or an uploaded sheet. Pure, so the grid checks a cell as
// it is typed with exactly the rules the server applies on saving. Quotas are kept as decimal
// text (Decimal(18, 4) in the database): 0.36 stays 0.36, never 0.35999….
import { normaliseNumberText } from "@/lib/reports/schemas";

export type QuotaCell = { ok: true; value: string | null } | { ok: false; message: string };

export type QuotaIndicator = { name: string; wholeNumbers: boolean };

const MAX_DIGITS = 14;

/** "" is no quota for that county; otherwise a non-negative number, whole for counted things. */
export function parseQuotaCell(raw: string | number | null | undefined, indicator: QuotaIndicator): QuotaCell {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === "number" && !Number.isFinite(raw)) return { ok: false, message: "须为数字" };
  const text = normaliseNumberText(typeof raw === "number" ? String(raw) : raw);
  if (text === "") return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `“${String(raw).trim()}”不是有效数字` };
  if (text.startsWith("-") && Number(text) !== 0) return { ok: false, message: "分解数不能为负数" };
  const [whole, fraction = ""] = text.replace(/^-/, "").split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  if (indicator.wholeNumbers && decimals !== "") return { ok: false, message: `${indicator.name}的分解数须为整数` };
  if (decimals.length > 4) return { ok: false, message: "分解数最多保留 4 位小数" };
  if (digits.length > MAX_DIGITS) return { ok: false, message: "数值过大,请核对" };
  return { ok: true, value: decimals ? `${digits}.${decimals}` : digits };
}

/** Two quotas (decimal text, or null for none) name the same amount. */
export function sameQuota(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return canonical(a) === canonical(b);
}

/** Decimal text without trailing zeros: "2.5000" → "2.5", "30.0000" → "30". */
export function canonical(value: string): string {
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}
