// GB/T 9704-2012 《党政机关公文格式》 in Word's units. A4 with a 156 × 225 mm 版心: top 37 mm,
// bottom 35 mm, left 28 mm, right 26 mm; 3号 仿宋 body on an exact 28.95 pt line, which fills the
// 225 mm 版心 with the standard's 22 lines of 28 characters. Pure.

/** Twentieths of a point (Word's twips) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);

export const PAGE = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** Font sizes in half-points, as Word stores them: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, mastHead: 72 };

/** The line of the body: exactly 28.95 pt (579 twips). */
export const BODY_LINE = 579;

/** Two characters of 三号 body text (the first-line indent), and one of 四号 (the page number's inset). */
export const INDENT_TWO_CHARS = 640;
export const INDENT_ONE_SIHAO = 280;
/** 成文日期 stands four characters in from the right edge. */
export const INDENT_FOUR_CHARS = 1280;

/** The standard's fonts, named in the file even where they are not installed (Word substitutes). */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading: "黑体",
  subheading: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
};

/** 发文机关标志 and the separator line below the 发文字号 are red. */
export const RED = "FF0000";

/** A run's font: the Chinese face for East Asian text, Times New Roman for digits and Latin letters. */
export const fontOf = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin });
