// Turns the text of a work-plan document into sections, numbered points and target candidates.
// Pure: the caller reads the file. The parser proposes; a reviewed decisions file (see
// apply-plan-decisions.ts) confirms titles, units and targets before anything reaches the database.
import { findTargetCandidates, type TargetCandidate } from "@/lib/plans/find-target-candidates";
import { findSignatureBlocks, readPlanMetadata } from "@/lib/plans/read-plan-metadata";
import { normalizeWidth, parseChineseNumeral, splitLines } from "@/lib/plans/plan-text";

export type { TargetCandidate };
export type ParsedPoint = { no: number; text: string; candidates: TargetCandidate[] };
export type ParsedSection = { no: number; title: string; points: ParsedPoint[] };
export type ParsedPlan = {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  /** YYYY-MM-DD */
  issuedAt: string | null;
  year: number | null;
  sections: ParsedSection[];
  /** What a person should check, in Chinese, e.g. "第12条编号不连续". */
  warnings: string[];
};

type PointDraft = { no: number; lines: string[] };
type SectionDraft = { no: number; title: string; points: PointDraft[] };

const SECTION_HEADER = /^\s*([一二三四五六七八九十]{1,3})\s*、\s*(\S.*)$/;
// "1." "1、" "1．"; not "1.5万人…", which starts a sentence with a number.
const POINT_HEADER = /^\s*(\d{1,3})\s*[.、](?!\d)\s*/;
const CLOSING_LINE = /^\s*(附件|抄送|[(（]此件)/;

export function parsePlanDocument(text: string): ParsedPlan {
  const lines = splitLines(text);
  const warnings: string[] = [];
  const closing = findClosingLines(lines);
  const sections: SectionDraft[] = [];
  const orphans: PointDraft[] = [];
  let preambleEnd = lines.length;
  let point: PointDraft | null = null;

  lines.forEach((line, i) => {
    const section = SECTION_HEADER.exec(line);
    const sectionNo = section ? parseChineseNumeral(section[1]) : null;
    if (section && sectionNo !== null) {
      preambleEnd = Math.min(preambleEnd, i);
      sections.push({ no: sectionNo, title: section[2].trim(), points: [] });
      point = null;
      return;
    }
    const header = POINT_HEADER.exec(normalizeWidth(line));
    if (header) {
      point = { no: Number(header[1]), lines: [line.slice(header[0].length).trim()] };
      (sections.at(-1)?.points ?? orphans).push(point);
      return;
    }
    if (closing.has(i)) point = null;
    else if (point && line.trim() !== "") point.lines.push(line.trim());
  });

  const parsed = placeOrphans(sections, orphans, warnings);
  checkNumbering(parsed, warnings);
  const metadata = readPlanMetadata(lines, preambleEnd, warnings);
  return { ...metadata, sections: parsed.map(finishSection), warnings };
}

/** Signature, date and attachment lines end the point above them instead of continuing it. */
function findClosingLines(lines: string[]): Set<number> {
  const closing = new Set<number>();
  for (const block of findSignatureBlocks(lines)) {
    closing.add(block.dateLine);
    if (block.orgLine !== null) closing.add(block.orgLine);
  }
  lines.forEach((line, i) => {
    if (CLOSING_LINE.test(line)) closing.add(i);
  });
  return closing;
}

function placeOrphans(sections: SectionDraft[], orphans: PointDraft[], warnings: string[]): SectionDraft[] {
  if (orphans.length === 0) return sections;
  if (sections.length === 0) {
    warnings.push("未找到章节标题（一、二、……），全部条目归入同一部分");
    return [{ no: 1, title: "", points: orphans }];
  }
  for (const p of orphans) warnings.push(`第${p.no}条出现在第一个章节之前，已忽略`);
  return sections;
}

function checkNumbering(sections: SectionDraft[], warnings: string[]): void {
  let previousPoint = 0;
  sections.forEach((section, i) => {
    if (section.no !== i + 1) warnings.push(`第${section.no}部分编号不连续（应为第${i + 1}部分）`);
    if (section.points.length === 0) warnings.push(`第${section.no}部分“${section.title}”没有编号条目`);
    section.points.forEach((p, j) => {
      // Plans either number points through the whole document or restart in each section.
      const restarts = j === 0 && p.no === 1;
      if (p.no !== previousPoint + 1 && !restarts) {
        warnings.push(`第${p.no}条编号不连续（上一条为第${previousPoint}条）`);
      }
      if (p.lines.join("").trim() === "") warnings.push(`第${p.no}条没有正文`);
      previousPoint = p.no;
    });
  });
}

function finishSection(section: SectionDraft): ParsedSection {
  return {
    no: section.no,
    title: section.title,
    points: section.points.map((p) => {
      const text = p.lines.filter((l) => l !== "").join("\n");
      return { no: p.no, text, candidates: findTargetCandidates(text) };
    }),
  };
}
