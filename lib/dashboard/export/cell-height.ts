// Row heights for wrapped text. Excel does not grow a row to fit its wrapped text when the file is
// opened (nor ever for merged cells), so a sheet that prints must set each row's height itself.

/** Points per line of 11-point text, CJK glyphs included. */
const LINE_HEIGHT = 15;
const PADDING = 3;

// A column's width counts the digit "0"; a Chinese character (or a full-width sign) is about two.
const isWide = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  code >= 0x20000;

/** How wide a line of text is, in column-width units. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Lines the text takes in a column this wide, each paragraph wrapped on its own. */
export function linesFor(text: string, columnWidth: number): number {
  // A cell loses about a character to its margins.
  const usable = Math.max(columnWidth - 1, 1);
  return text
    .split("\n")
    .reduce((total, paragraph) => total + Math.max(1, Math.ceil(textWidth(paragraph) / usable)), 0);
}

/** The row height (points) that shows this many lines. */
export const heightFor = (lines: number) => Math.max(lines, 1) * LINE_HEIGHT + PADDING;

/** The default height of a one-line row, for rows that need no more. */
export const ONE_LINE = heightFor(1);
