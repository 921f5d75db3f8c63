// The 通报 as a .docx laid out per GB/T 9704-2012: the red 发文机关标志, 发文字号 and separator line,
// the title in 小标宋 二号, the body in 仿宋_GB2312 三号, headings in 黑体 and 楷体, 成文日期 and
// page numbers "— 1 —" in 宋体 四号 on the outside edge (odd pages right, even pages left).
import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { formatDay } from "@/lib/time/format";
import { bulletinBlocks } from "../document-blocks";
import type { BulletinFigures } from "../figures-types";
import type { BulletinTexts } from "../text-parts";
import { blockToDocx, bodyRun } from "./docx-blocks";
import { BODY_LINE, FONT, fontOf, INDENT_FOUR_CHARS, INDENT_ONE_SIHAO, MARGIN, PAGE, RED, SIZE, mm } from "./gb-layout";

export const ISSUER = "莆田市民政局";
export const MAST_HEAD = `${ISSUER}文件`;

export type BulletinDocument = {
  title: string;
  numberText: string | null;
  signedOn: string | null;
  texts: BulletinTexts;
  figures: BulletinFigures;
};

const exactLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT };

function pageNumberFooter(alignment: "right" | "left") {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, font: fontOf(FONT.pageNumber), size: SIZE.sihao });
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === "right" ? { right: INDENT_ONE_SIHAO } : { left: INDENT_ONE_SIHAO },
        children: [run(["— "]), run([PageNumber.CURRENT]), run([" —"])],
      }),
    ],
  });
}

function head(document: BulletinDocument): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(10), after: mm(12) },
      children: [new TextRun({ text: MAST_HEAD, font: fontOf(FONT.title), size: SIZE.mastHead, color: RED })],
    }),
    // The separator sits 4 mm under the 发文字号, as wide as the 版心.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: [bodyRun(document.numberText ?? "(未印发,无文号)")],
    }),
    new Paragraph({ spacing: exactLine, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: BODY_LINE },
      children: [new TextRun({ text: document.title, font: fontOf(FONT.title), size: SIZE.erhao })],
    }),
  ];
}

function signature(document: BulletinDocument): Paragraph[] {
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      indent: { right: INDENT_FOUR_CHARS },
      children: [bodyRun(text)],
    });
  return [
    new Paragraph({ spacing: exactLine, children: [] }),
    new Paragraph({ spacing: exactLine, children: [] }),
    right(ISSUER),
    right(document.signedOn ? formatDay(document.signedOn) : "(成文日期于印发时填写)"),
  ];
}

export async function renderBulletinDocx(document: BulletinDocument): Promise<Buffer> {
  const doc = new Document({
    creator: ISSUER,
    title: document.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: fontOf(FONT.body), size: SIZE.sanhao } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: mm(15), footer: mm(28) - mm(7) },
          },
          grid: { linePitch: BODY_LINE, type: "lines" },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children: [
          ...head(document),
          ...bulletinBlocks(document.texts, document.figures).flatMap(blockToDocx),
          ...signature(document),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
