// Small text helpers shared by the plan parser. Pasted documents mix full-width and half-width
// forms and all three line-ending styles; the parser matches on a normalised copy of each line.

const FULL_WIDTH = /[０-９．％＋Ａ-Ｚａ-ｚ]/g;

/**
 * Replaces full-width digits, letters and marks by their ASCII twins, one UTF-16 unit for one,
 * so that an offset found in the copy is the same offset in the original text.
 */
export function normalizeWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

const CHINESE_DIGITS = "〇一二三四五六七八九";

/** 一 → 1, 十 → 10, 十三 → 13, 二十 → 20; anything else (including 一二) → null. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return null;
  const units = m[3] ? CHINESE_DIGITS.indexOf(m[3]) : 0;
  if (!m[2]) return m[3] ? null : CHINESE_DIGITS.indexOf(m[1]);
  const tens = m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 1;
  return tens * 10 + units;
}
