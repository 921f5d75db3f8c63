// Reading what people type into Excel: numbers, text typed as numbers (full-width digits from
// Chinese input methods), formulas, rich text, error values. Numbers go through the same
// numberInput schema as the report form, so the file and the form accept exactly the same things.
import type ExcelJS from "exceljs";
import { numberInput } from "./schemas";

export type CellNumber = { ok: true; value: number | null } | { ok: false; message: string };

function unwrap(value: ExcelJS.CellValue): ExcelJS.CellValue | { error: string } {
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return (value as { result?: ExcelJS.CellValue }).result ?? { error: "公式没有计算结果" };
  if ("text" in value) return String(value.text);
  return value;
}

/** The cell as text (trimmed); numbers and dates as they would read. */
export function cellText(value: ExcelJS.CellValue): string {
  const plain = unwrap(value);
  if (plain === null || plain === undefined) return "";
  if (plain instanceof Date) return plain.toISOString().slice(0, 10);
  if (typeof plain === "object") return "error" in plain ? plain.error : "";
  return String(plain).trim();
}

export function cellNumber(value: ExcelJS.CellValue): CellNumber {
  const plain = unwrap(value);
  if (plain === null || plain === undefined) return { ok: true, value: null };
  if (typeof plain === "object" && !(plain instanceof Date) && "error" in plain)
    return { ok: false, message: `为错误值 ${plain.error},请填数字` };
  if (typeof plain !== "number" && typeof plain !== "string") return { ok: false, message: "须为数字" };
  // numberInput's union refuses a non-finite number before its own finite check, with zod's English message.
  if (typeof plain === "number" && !Number.isFinite(plain)) return { ok: false, message: "须为有限数字" };
  const parsed = numberInput.safeParse(plain);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? "须为数字" };
}

/** 是/否 for a milestone; "" is not filled in. */
export function cellDone(
  value: ExcelJS.CellValue,
): { ok: true; value: boolean | null } | { ok: false; message: string } {
  const text = cellText(value);
  if (text === "") return { ok: true, value: null };
  if (["是", "已完成", "完成"].includes(text) || value === true) return { ok: true, value: true };
  if (["否", "未完成"].includes(text) || value === false) return { ok: true, value: false };
  return { ok: false, message: `“${text}”应填“是”或“否”` };
}

/** The hidden id columns: a positive whole number, or null when missing or tampered with. */
export function cellId(value: ExcelJS.CellValue): number | null {
  const plain = unwrap(value);
  const id =
    typeof plain === "number" ? plain : typeof plain === "string" && /^\d+$/.test(plain.trim()) ? Number(plain) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** A completion date: an Excel date, or text as 2022-06-15, 2022/6/15 or 2022年6月15日; "" is not filled in. */
export function cellDay(value: ExcelJS.CellValue): { ok: true; value: string | null } | { ok: false; message: string } {
  const text = cellText(value);
  if (text === "") return { ok: true, value: null };
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (match) {
    const day = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
    const parsed = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day) return { ok: true, value: day };
  }
  return { ok: false, message: `“${text}”不是有效日期,应填如 2022-06-30` };
}
