// The shape of a plan between the document and the database: what the parser proposes,
// what a supervisor confirms, what the seed and the import write, and what plan:export prints.

export type Direction = "AT_LEAST" | "AT_MOST";
export type AggregationKind = "SUM" | "RATE" | "RATIO" | "MILESTONE";
export type QuotaMode = "SPLIT" | "SAME" | "MINIMUM" | "NONE";
export type ProgressRule = "LINEAR" | "CURVE" | "LEVEL" | "BY_DATE";
export type PointKind = "QUANTITATIVE" | "QUALITATIVE";

/** 年初值 of one unit: a value (SUM), or a rate's or ratio's parts. */
export type BaselineData = {
  unitCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
};

/** isDemo: generated for the demo (a split by county size), not set by the document or the bureau. */
export type QuotaData = { unitCode: string; target: number; isDemo: boolean };

export type IndicatorData = {
  name: string;
  /** The document's own unit: 个, 张, 户, 亿元, %, 人/万人 … */
  unit: string;
  target: number;
  direction: Direction;
  kind: AggregationKind;
  /** The words of the point's text that set this target, found verbatim in it. */
  sourceText: string;
  /** Counts whole things (个, 张, 户): fractions are refused, forecasts rounded down. */
  wholeNumbers: boolean;
  /** How the target reaches the counties; SAME and MINIMUM give every county the target as its quota. */
  quotaMode: QuotaMode;
  rule: ProgressRule;
  /** BY_DATE: YYYY-MM-DD */
  dueOn: string | null;
  quotas: QuotaData[];
  baselines: BaselineData[];
};

export type PointData = {
  no: number;
  title: string;
  text: string;
  leadUnitCode: string;
  supportingUnitCodes: string[];
  kind: PointKind;
  indicators: IndicatorData[];
};

export type SectionData = { no: number; title: string; points: PointData[] };

export type PlanData = {
  year: number;
  title: string;
  docNumber: string;
  issuer: string;
  /** YYYY-MM-DD */
  issuedAt: string;
  sections: SectionData[];
};
