// The import's first step: what the parser read, turned into an editable plan with a first guess
// for everything a person must decide (short titles, lead departments, indicator names, kinds).
import { guessLeadUnitCode } from "./guess-lead-unit";
import { parsePlanDocument, type TargetCandidate } from "./parse-plan-document";
import type { AggregationKind, IndicatorData, PlanData } from "./plan-data";
import { proposeMeasurement } from "./propose-measurement";

export type PlanProposal = { plan: PlanData; warnings: string[] };

// A short title is a real title a person may keep: never a cut word with "…" in the value (pages
// truncate for display with CSS). It fits the point form's 简称 (SHORT_TITLE_LENGTH, 16), so a later
// edit of the point is not refused for it. A longer first clause is shortened where a person would
// cut it: before "、" or an opening mark, after a closing one, else after the last whole word.
const TITLE_LENGTH = 16;
const MARK_BOUNDARY = /、|(?=[“《(（])|(?<=[”》)）])/g;
const words = new Intl.Segmenter("zh", { granularity: "word" });

export function guessPointTitle(text: string): string {
  const firstClause = text.split(/[,，。;；:：]/)[0].trim();
  if (firstClause.length <= TITLE_LENGTH) return firstClause;
  const marks = [...firstClause.matchAll(MARK_BOUNDARY)]
    .map((match) => match.index)
    .filter((index) => index >= TITLE_LENGTH / 2 && index <= TITLE_LENGTH);
  let end = marks.length ? marks[marks.length - 1] : 0;
  if (!end)
    for (const { index, segment } of words.segment(firstClause)) {
      if (index + segment.length > TITLE_LENGTH) break;
      end = index + segment.length;
    }
  // A number at the cut has lost its unit or its digits ("不低于3%"): it goes too.
  const title = firstClause.slice(0, end || TITLE_LENGTH).replace(/[\d.]+$/, "") || firstClause.slice(0, TITLE_LENGTH);
  // A quotation or a book title opened and not closed within the title is left out of it.
  const opened = Math.max(unclosed(title, "“", "”"), unclosed(title, "《", "》"));
  return opened >= TITLE_LENGTH / 4 ? title.slice(0, opened) : title;
}

const unclosed = (title: string, open: string, close: string) =>
  title.lastIndexOf(open) > title.lastIndexOf(close) ? title.lastIndexOf(open) : -1;

function guessKind(unit: string): AggregationKind {
  if (unit === "%" || unit === "‰") return "RATE";
  if (unit.includes("/")) return "RATIO";
  return "SUM";
}

function proposeIndicator(candidate: TargetCandidate, leadUnitCode: string, year: number): IndicatorData {
  const name = candidate.phrase
    .replace(candidate.matched, "")
    .replace(/(达到|达|为|不少于|不低于|不超过|以上|以内)$/, "")
    .trim();
  const kind = guessKind(candidate.unit);
  const { baselineIsTarget, ...measurement } = proposeMeasurement(candidate.phrase, candidate.unit, kind, year);
  return {
    name: name || candidate.phrase,
    unit: candidate.unit,
    target: candidate.value,
    direction: candidate.direction,
    kind,
    sourceText: candidate.phrase,
    ...measurement,
    quotas: [],
    baselines: baselineIsTarget
      ? [{ unitCode: leadUnitCode, value: candidate.value, numerator: null, denominator: null }]
      : [],
  };
}

export function proposePlan(sourceText: string, fallbackYear: number): PlanProposal {
  const parsed = parsePlanDocument(sourceText);
  const warnings = [...parsed.warnings];
  if (parsed.sections.length === 0) warnings.push("未识别到“一、”“二、”形式的部分标题,请检查文件格式。");
  const year = parsed.year ?? fallbackYear;
  return {
    warnings,
    plan: {
      year,
      title: parsed.title ?? "",
      docNumber: parsed.docNumber ?? "",
      issuer: parsed.issuer ?? "",
      issuedAt: parsed.issuedAt ?? "",
      sections: parsed.sections.map((section) => ({
        no: section.no,
        title: section.title,
        points: section.points.map((point) => {
          const leadUnitCode = guessLeadUnitCode(point.text);
          return {
            no: point.no,
            title: guessPointTitle(point.text),
            text: point.text,
            leadUnitCode,
            supportingUnitCodes: [],
            kind: point.candidates.length > 0 ? ("QUANTITATIVE" as const) : ("QUALITATIVE" as const),
            indicators: point.candidates.map((candidate) => proposeIndicator(candidate, leadUnitCode, year)),
          };
        }),
      })),
    },
  };
}
