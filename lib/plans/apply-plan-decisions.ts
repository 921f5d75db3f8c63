// Combines what the parser found with what a person decided. Every point needs a decision and
// every number the parser proposes must be either an indicator or excluded with a reason, so a
// changed document or a missed target stops the import instead of silently losing a target.
import { ALL_UNITS, COUNTIES } from "@/lib/org/units";
import type { ParsedPlan, ParsedPoint, TargetCandidate } from "@/lib/plans/parse-plan-document";
import type {
  AggregationKind,
  Direction,
  IndicatorData,
  PlanData,
  PointData,
  ProgressRule,
} from "@/lib/plans/plan-data";
import { proposeMeasurement } from "@/lib/plans/propose-measurement";
import { DEMO_COUNTY_WEIGHTS, splitTargetAcrossCounties } from "@/lib/plans/split-target";

/** Names a parser candidate by its number and unit as printed ("30个"), and which occurrence (1-based). */
export type CandidateRef = { pick: string; occurrence?: number };

export type IndicatorDecision = CandidateRef & {
  name: string;
  unit: string;
  /** In the document's own unit, as printed: 2.5 for 2.5亿元, 16 for 16人/万人. */
  target: number;
  direction: Direction;
  kind: AggregationKind;
  /** Granularity of demo county quotas for a SUM indicator: 1 for counts, 0.01 for 亿元. Default 1. */
  step?: number;
  /** The same target for every county, as the document sets it ("每个县区不少于2家") instead of a split. */
  quotaPerCounty?: number;
  /** The same target for every county as a demo assumption, where the document sets only the city's. */
  demoQuotaPerCounty?: number;
  /** A minimum for every county, as the document sets it ("每个县区…不少于2家"). */
  minimumPerCounty?: number;
  /** A city-wide count that cannot be divided among counties; the lead department reports it. */
  cityLevel?: boolean;
  /** Where the words mislead the proposal (lib/plans/propose-measurement.ts). */
  rule?: ProgressRule;
};

export type ExclusionDecision = CandidateRef & { reason: string };

export type PointDecision = {
  no: number;
  /** Short title, at most 16 Chinese characters. */
  title: string;
  lead: string;
  supporting: string[];
  indicators: IndicatorDecision[];
  excluded?: ExclusionDecision[];
};

export type PlanDecisions = {
  metadata: { title?: string; docNumber?: string; issuer?: string; issuedAt?: string; year?: number };
  points: PointDecision[];
};

const UNIT_CODES = new Set(ALL_UNITS.map((u) => u.code));

export function applyPlanDecisions(parsed: ParsedPlan, decisions: PlanDecisions): PlanData {
  const byNo = new Map<number, PointDecision>();
  for (const d of decisions.points) {
    if (byNo.has(d.no)) throw new Error(`第${d.no}条有两份审定决定`);
    byNo.set(d.no, d);
  }
  const parsedNos = new Set(parsed.sections.flatMap((s) => s.points.map((p) => p.no)));
  for (const no of byNo.keys()) {
    if (!parsedNos.has(no)) throw new Error(`审定决定中的第${no}条在原文中不存在`);
  }
  const metadata = resolveMetadata(parsed, decisions);
  const sections = parsed.sections.map((s) => ({
    no: s.no,
    title: s.title,
    points: s.points.map((p) => applyPointDecision(p, byNo.get(p.no), metadata.year)),
  }));
  return { ...metadata, sections };
}

function resolveMetadata(parsed: ParsedPlan, decisions: PlanDecisions) {
  const m = decisions.metadata;
  const fields = {
    title: m.title ?? parsed.title,
    docNumber: m.docNumber ?? parsed.docNumber,
    issuer: m.issuer ?? parsed.issuer,
    issuedAt: m.issuedAt ?? parsed.issuedAt,
    year: m.year ?? parsed.year,
  };
  const labels = { title: "计划标题", docNumber: "文号", issuer: "发文单位", issuedAt: "发文日期", year: "年度" };
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === "")
      throw new Error(`计划缺少${labels[key as keyof typeof labels]}，请在审定决定中补充`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.issuedAt!)) throw new Error(`发文日期“${fields.issuedAt}”应为YYYY-MM-DD格式`);
  return fields as { [K in keyof typeof fields]: NonNullable<(typeof fields)[K]> };
}

function applyPointDecision(point: ParsedPoint, decision: PointDecision | undefined, year: number): PointData {
  if (!decision) throw new Error(`第${point.no}条“${point.text.slice(0, 20)}…”没有审定决定`);
  const where = `第${point.no}条“${decision.title}”`;
  for (const code of [decision.lead, ...decision.supporting]) {
    if (!UNIT_CODES.has(code)) throw new Error(`${where}：未知单位代码“${code}”`);
  }
  const used = new Set<TargetCandidate>();
  const take = (ref: CandidateRef): TargetCandidate => {
    const candidate = findCandidate(point, ref, where);
    if (used.has(candidate)) throw new Error(`${where}：数值“${ref.pick}”被引用了两次`);
    used.add(candidate);
    return candidate;
  };
  const indicators = decision.indicators.map((d) => buildIndicator(d, take(d), where, decision.lead, year));
  for (const ex of decision.excluded ?? []) take(ex);
  const unreviewed = point.candidates.filter((c) => !used.has(c));
  if (unreviewed.length > 0) {
    const list = unreviewed.map((c) => `“${c.matched}”`).join("、");
    throw new Error(`${where}：数值${list}既未设为指标，也未说明排除理由`);
  }
  const names = new Set(indicators.map((i) => i.name));
  if (names.size !== indicators.length) throw new Error(`${where}：指标名称重复`);
  return {
    no: point.no,
    title: decision.title,
    text: point.text,
    leadUnitCode: decision.lead,
    supportingUnitCodes: decision.supporting,
    kind: indicators.length > 0 ? "QUANTITATIVE" : "QUALITATIVE",
    indicators,
  };
}

function findCandidate(point: ParsedPoint, ref: CandidateRef, where: string): TargetCandidate {
  const occurrence = ref.occurrence ?? 1;
  const found = point.candidates.filter((c) => c.matched === ref.pick)[occurrence - 1];
  if (!found) throw new Error(`${where}：原文中找不到数值“${ref.pick}”（第${occurrence}处）`);
  return found;
}

function buildIndicator(
  d: IndicatorDecision,
  candidate: TargetCandidate,
  where: string,
  leadUnitCode: string,
  year: number,
): IndicatorData {
  if (d.target !== candidate.value) {
    throw new Error(`${where}：指标“${d.name}”的目标${d.target}与原文“${candidate.matched}”不符`);
  }
  const proposed = proposeMeasurement(candidate.phrase, d.unit, d.kind, year);
  const rule = d.rule ?? proposed.rule;
  const quotas = buildQuotas(d);
  return {
    name: d.name,
    unit: d.unit,
    target: d.target,
    direction: d.direction,
    kind: d.kind,
    sourceText: candidate.phrase,
    wholeNumbers: proposed.wholeNumbers,
    quotaMode: quotaModeOf(d),
    rule,
    dueOn: rule === "BY_DATE" ? proposed.dueOn : null,
    quotas,
    // Reached before the year began: every unit that reports it starts at its share of the target.
    baselines: proposed.baselineIsTarget
      ? [
          { unitCode: leadUnitCode, value: d.target, numerator: null, denominator: null },
          ...quotas.map((q) => ({ unitCode: q.unitCode, value: q.target, numerator: null, denominator: null })),
        ]
      : [],
  };
}

function quotaModeOf(d: IndicatorDecision): IndicatorData["quotaMode"] {
  if (d.minimumPerCounty !== undefined) return "MINIMUM";
  if (d.quotaPerCounty !== undefined || d.demoQuotaPerCounty !== undefined) return "SAME";
  if (d.kind !== "SUM" || d.cityLevel) return "NONE";
  return "SPLIT";
}

function buildQuotas(d: IndicatorDecision): IndicatorData["quotas"] {
  if (d.minimumPerCounty !== undefined) {
    return COUNTIES.map((c) => ({ unitCode: c.code, target: d.minimumPerCounty!, isDemo: false }));
  }
  if (d.quotaPerCounty !== undefined) {
    return COUNTIES.map((c) => ({ unitCode: c.code, target: d.quotaPerCounty!, isDemo: false }));
  }
  if (d.demoQuotaPerCounty !== undefined) {
    return COUNTIES.map((c) => ({ unitCode: c.code, target: d.demoQuotaPerCounty!, isDemo: true }));
  }
  if (d.kind !== "SUM" || d.cityLevel) return [];
  return splitTargetAcrossCounties(d.target, d.step ?? 1, DEMO_COUNTY_WEIGHTS);
}
