// The import's first step: what the parser read, turned into an editable plan with a first guess
// for everything a person must decide (short titles, lead departments, indicator names, kinds).
import { guessLeadUnitCode } from "./guess-lead-unit";
import { parsePlanDocument, type TargetCandidate } from "./parse-plan-document";
import type { AggregationKind, IndicatorData, PlanData } from "./plan-data";
import { proposeMeasurement } from "./propose-measurement";

export type PlanProposal = { plan: PlanData; warnings: string[] };

const TITLE_LENGTH = 16;

export function guessPointTitle(text: string): string {
  const firstClause = text.split(/[,，。;；]/)[0].trim();
  return firstClause.length <= TITLE_LENGTH ? firstClause : `${firstClause.slice(0, TITLE_LENGTH)}…`;
}

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
