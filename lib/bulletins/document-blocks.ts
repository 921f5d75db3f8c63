// The 通报 as a sequence of blocks: headings, paragraphs and tables in the order they are printed.
// The page, the print view and the .docx all lay out these same blocks, so the tables a unit reads
// on screen and in Word are one set of figures. Pure.
import { formatPercent, STATUS_LABELS } from "@/lib/dashboard/status-labels";
import type { BulletinFigures } from "./figures-types";
import type { BulletinTexts, TextPart } from "./text-parts";

export type BulletinTable = { caption: string; header: string[]; rows: string[][] };

export type BulletinBlock =
  | { kind: "addressee"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; part: TextPart; text: string }
  | { kind: "table"; table: BulletinTable };

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Table numbers: the department table only when a department had reports due, the behind table only with rows. */
export function tableNumbers(figures: BulletinFigures) {
  const departments = figures.departments.length > 0 ? 2 : null;
  const behind = figures.behind.length > 0 ? (departments ? 3 : 2) : null;
  return { counties: 1, departments, behind };
}

const points = (fraction: number) => (Math.round(fraction * 1000) / 10).toFixed(1);

export function countyTable(figures: BulletinFigures): BulletinTable {
  const rows = [...figures.counties].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name));
  return {
    caption: `表${tableNumbers(figures).counties} 各县区工作要点推进情况排名`,
    header: ["排名", "县区", "完成率", "序时进度", "进度状态", "按时报送率"],
    rows: rows.map((county) => [
      county.rank === null ? "—" : String(county.rank),
      county.name,
      formatPercent(county.completion),
      formatPercent(county.expected),
      county.status ? STATUS_LABELS[county.status] : "—",
      formatPercent(county.onTimeRate),
    ]),
  };
}

export function departmentTable(figures: BulletinFigures): BulletinTable {
  return {
    caption: `表${tableNumbers(figures).departments} 局机关各科室按时报送情况`,
    header: ["科室", "应报", "按时报送", "按时报送率"],
    rows: figures.departments.map((department) => [
      department.name,
      String(department.reportsDue),
      String(department.reportsOnTime),
      formatPercent(department.onTimeRate),
    ]),
  };
}

export function behindTable(figures: BulletinFigures): BulletinTable {
  return {
    caption: `表${tableNumbers(figures).behind} 滞后序时进度较多的指标`,
    header: ["序号", "指标", "所属要点", "牵头单位", "完成率", "序时进度", "落后(百分点)"],
    rows: figures.behind.map((row, index) => [
      String(index + 1),
      row.name,
      `第${row.pointNo}条 ${row.pointTitle}`,
      row.leadUnit,
      formatPercent(row.completion),
      formatPercent(row.expected),
      points(row.expected - row.completion),
    ]),
  };
}

const paragraphs = (part: TextPart, text: string): BulletinBlock[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: "paragraph" as const, part, text: line }));

/** The body between the title and the signature. */
export function bulletinBlocks(texts: BulletinTexts, figures: BulletinFigures): BulletinBlock[] {
  let section = 0;
  const heading = (words: string): BulletinBlock => ({ kind: "heading", text: `${NUMERALS[section++]}、${words}` });
  const blocks: BulletinBlock[] = [
    { kind: "addressee", text: texts.addressee.trim() },
    ...paragraphs("opening", texts.opening),
  ];
  blocks.push(heading("总体情况"), ...paragraphs("overview", texts.overview), {
    kind: "table",
    table: countyTable(figures),
  });
  if (figures.departments.length > 0) blocks.push({ kind: "table", table: departmentTable(figures) });
  blocks.push(heading("滞后指标情况"), ...paragraphs("behind", texts.behind));
  if (figures.behind.length > 0) blocks.push({ kind: "table", table: behindTable(figures) });
  blocks.push(heading("督查督办情况"), ...paragraphs("supervision", texts.supervision));
  blocks.push(
    heading("表扬和批评"),
    { kind: "subheading", text: "(一)通报表扬" },
    ...paragraphs("praise", texts.praise),
    { kind: "subheading", text: "(二)通报批评" },
    ...paragraphs("criticism", texts.criticism),
  );
  if (texts.corrections.trim()) blocks.push(heading("数据更正"), ...paragraphs("corrections", texts.corrections));
  blocks.push(heading("下步工作要求"), ...paragraphs("requirements", texts.requirements));
  return blocks;
}
