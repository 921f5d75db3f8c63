// The layout of the monthly Excel template, shared by the file we hand out and the reader of the
// file that comes back. Values: one row per indicator. Narrative (进展情况, 存在问题, 下步打算): one
// row per point on a second sheet, so a point's words are written once and cannot disagree
// between its indicator rows. Ids sit in hidden columns, so reordered or sorted rows still match.

/** Bumped when the columns change, so a template downloaded before is refused rather than misread. */
export const TEMPLATE_FORMAT = "putian-report-template-2";

/** A template of the largest unit is about 15 KB; anything much bigger is not one. */
export const MAX_TEMPLATE_BYTES = 512 * 1024;
/** Data rows per sheet (the largest unit's template has a few dozen) and problems listed per upload. */
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_ERRORS = 50;

export const VALUES_SHEET = "指标数值";
export const NARRATIVE_SHEET = "进展情况";
export const META_SHEET = "模板信息";

/** Rows 1–2: title and instructions; row 3: column headers; data from row 4. */
export const FIRST_DATA_ROW = 4;

export const VALUE_COLUMNS = [
  { key: "indicatorId", header: "指标ID", width: 8, hidden: true },
  { key: "pointId", header: "要点ID", width: 8, hidden: true },
  { key: "pointNo", header: "要点", width: 7 },
  { key: "pointTitle", header: "要点名称", width: 26 },
  { key: "indicator", header: "指标", width: 30 },
  { key: "kind", header: "类型", width: 16 },
  { key: "unit", header: "单位", width: 9 },
  { key: "target", header: "任务目标", width: 10 },
  { key: "lastApproved", header: "上月已审核", width: 13 },
  { key: "value", header: "本月累计值", width: 12, input: true },
  { key: "numerator", header: "分子", width: 10, input: true },
  { key: "denominator", header: "分母", width: 10, input: true },
  { key: "doneOn", header: "完成日期(节点)", width: 14, input: true },
  { key: "explanation", header: "说明(低于上月或超过目标3倍时必填)", width: 30, input: true },
] as const;

export const NARRATIVE_COLUMNS = [
  { key: "pointId", header: "要点ID", width: 8, hidden: true },
  { key: "pointNo", header: "要点", width: 7 },
  { key: "pointTitle", header: "要点名称", width: 26 },
  { key: "state", header: "当前状态", width: 12 },
  { key: "progress", header: "进展情况(报送前必填)", width: 50, input: true },
  { key: "problems", header: "存在问题", width: 36, input: true },
  { key: "nextSteps", header: "下步打算", width: 36, input: true },
] as const;

type Key<Columns extends readonly { key: string }[]> = Columns[number]["key"];

/** 1-based column number of a key, as exceljs counts. */
export const valueColumn = (key: Key<typeof VALUE_COLUMNS>) =>
  VALUE_COLUMNS.findIndex((column) => column.key === key) + 1;
export const narrativeColumn = (key: Key<typeof NARRATIVE_COLUMNS>) =>
  NARRATIVE_COLUMNS.findIndex((column) => column.key === key) + 1;

export const KIND_LABELS = {
  SUM: "数量",
  RATE: "比率(填分子、分母)",
  RATIO: "比例(填分子、分母)",
  MILESTONE: "节点(填“是”或“否”,完成的填日期)",
} as const;
