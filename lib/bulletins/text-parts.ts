// The parts of a 通报 the supervisor writes; everything else (headings, tables, the signature) is
// laid out by the portal. Pure: the form and the document both read it.
export const TEXT_PARTS = [
  "addressee",
  "opening",
  "overview",
  "behind",
  "supervision",
  "praise",
  "criticism",
  "corrections",
  "requirements",
] as const;

export type TextPart = (typeof TEXT_PARTS)[number];
export type BulletinTexts = Record<TextPart, string>;

export const TEXT_PART_LABELS: Record<TextPart, string> = {
  addressee: "主送机关",
  opening: "开头",
  overview: "总体情况",
  behind: "滞后指标",
  supervision: "督查督办情况",
  praise: "通报表扬",
  criticism: "通报批评",
  corrections: "更正说明",
  requirements: "下步工作要求",
};

/** Parts that may be left empty (the document then leaves them out). */
export const OPTIONAL_PARTS: ReadonlySet<TextPart> = new Set(["corrections"]);

export const TEXT_MAX_LENGTH = 3000;
export const TITLE_MAX_LENGTH = 80;

/** The stored texts of a bulletin (only the parts the supervisor changed, in a draft) over the drafted ones. */
export function mergeTexts(drafted: BulletinTexts, stored: unknown): BulletinTexts {
  const merged = { ...drafted };
  if (stored && typeof stored === "object")
    for (const part of TEXT_PARTS) {
      const value = (stored as Record<string, unknown>)[part];
      if (typeof value === "string") merged[part] = value;
    }
  return merged;
}

/** 莆民督通〔2022〕9号 */
export const bulletinNumberText = (year: number, number: number) => `莆民督通〔${year}〕${number}号`;

export const defaultBulletinTitle = (period: string) => {
  const [year, month] = period.split("-");
  return `关于${year}年${Number(month)}月全市民政工作要点推进情况的通报`;
};
