// The layout of the quota workbook (分解表), shared by the file handed out and the reader of the file
// that comes back. One row per SPLIT indicator; counties are found by their column headers, so a
// reordered column still reads right and a missing one is named.

export const QUOTA_FORMAT = "putian-quota-grid-1";
export const QUOTA_SHEET = "县区分解";
export const QUOTA_META_SHEET = "分解表信息";

/** A grid of a few dozen indicators is about 10 KB; anything much bigger is not one. */
export const MAX_QUOTA_FILE_BYTES = 512 * 1024;
export const MAX_QUOTA_ROWS = 2000;

/** Rows 1–2: title and instructions; row 3: column headers; data from row 4. */
export const HEADER_ROW = 3;
export const FIRST_QUOTA_ROW = 4;

/** The columns before the counties'; then one per county, then the sum. */
export const FIXED_COLUMNS = [
  { key: "indicatorId", header: "指标ID", width: 8 },
  { key: "pointNo", header: "要点", width: 6 },
  { key: "name", header: "指标", width: 30 },
  { key: "unit", header: "单位", width: 8 },
  { key: "target", header: "市级目标", width: 10 },
] as const;
export const COUNTY_COLUMN_WIDTH = 12;
export const SUM_HEADER = "合计(自动)";

export const fixedColumn = (key: (typeof FIXED_COLUMNS)[number]["key"]) =>
  FIXED_COLUMNS.findIndex((column) => column.key === key) + 1;
