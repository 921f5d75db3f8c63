// The 通报's blocks as Word paragraphs and tables, styled per GB/T 9704-2012.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { BulletinBlock, BulletinTable } from "../document-blocks";
import { BODY_LINE, FONT, fontOf, INDENT_TWO_CHARS, MARGIN, PAGE, SIZE } from "./gb-layout";

const exactLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT };

export const bodyRun = (text: string, face = FONT.body, size = SIZE.sanhao) =>
  new TextRun({ text, font: fontOf(face), size });

export function blockToDocx(block: BulletinBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "addressee":
      return [new Paragraph({ spacing: exactLine, children: [bodyRun(block.text)] })];
    case "heading":
      return [
        new Paragraph({
          spacing: exactLine,
          indent: { firstLine: INDENT_TWO_CHARS },
          children: [bodyRun(block.text, FONT.heading)],
        }),
      ];
    case "subheading":
      return [
        new Paragraph({
          spacing: exactLine,
          indent: { firstLine: INDENT_TWO_CHARS },
          children: [bodyRun(block.text, FONT.subheading)],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          spacing: exactLine,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: INDENT_TWO_CHARS },
          children: [bodyRun(block.text)],
        }),
      ];
    case "table":
      return tableToDocx(block.table);
  }
}

const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const rule = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

// Tables in 小四 仿宋 on single spacing: a 28.95 pt line per row would spread a seven-county table over a page.
function cell(text: string, header: boolean) {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [bodyRun(text, header ? FONT.heading : FONT.body, SIZE.xiaosi)],
      }),
    ],
  });
}

function tableToDocx(table: BulletinTable): (Paragraph | Table)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      keepNext: true,
      children: [bodyRun(table.caption, FONT.heading, SIZE.sihao)],
    }),
    new Table({
      width: { size: WIDTH, type: WidthType.DXA },
      borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
      rows: [
        new TableRow({ tableHeader: true, children: table.header.map((text) => cell(text, true)) }),
        ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) })),
      ],
    }),
    new Paragraph({ spacing: exactLine, children: [] }),
  ];
}
