import type { AggregationKind, Direction } from "./plan-data";

export const KIND_LABELS: Record<AggregationKind, string> = {
  SUM: "累加",
  RATE: "比率",
  RATIO: "人口比例",
  MILESTONE: "节点",
};

export const KIND_DESCRIPTIONS: Record<AggregationKind, string> = {
  SUM: "全市值为各单位之和",
  RATE: "全市值为分子之和除以分母之和",
  RATIO: "全市值为分子之和除以人口之和",
  MILESTONE: "按时完成与否",
};

export const DIRECTION_SYMBOLS: Record<Direction, string> = { AT_LEAST: "≥", AT_MOST: "≤" };
export const DIRECTION_LABELS: Record<Direction, string> = { AT_LEAST: "不少于", AT_MOST: "不超过" };
