import type { Status, Thresholds } from "@/lib/dashboard/progress-types";

export type StatusColour = "green" | "yellow" | "red";

export const STATUS_LABELS: Record<Status, string> = {
  AHEAD: "超前",
  ON_TRACK: "正常",
  BEHIND: "滞后",
  SERIOUSLY_BEHIND: "严重滞后",
};

export const STATUS_COLOUR: Record<Status, StatusColour> = {
  AHEAD: "green",
  ON_TRACK: "green",
  BEHIND: "yellow",
  SERIOUSLY_BEHIND: "red",
};

export const COLOUR_LABELS: Record<StatusColour, string> = { green: "绿", yellow: "黄", red: "红" };

/** 0.8333 → "83.3%"; not capped, so 1.2 → "120.0%"; null (nothing approved) → "—". */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return "—";
  const tenths = Math.round(fraction * 1000);
  return `${(tenths === 0 ? 0 : tenths / 10).toFixed(1)}%`;
}

// 0.07 × 100 is 7.000000000000001; the sentence must say 7.
const points = (fraction: number) => String(Number((fraction * 100).toFixed(6)));

/** The status rule as the UI states it beside the numbers. */
export function thresholdText({ ahead, behind, seriouslyBehind }: Thresholds): string {
  const onTrack =
    ahead === behind
      ? `前后 ${points(behind)} 个百分点以内为正常`
      : `落后不超过 ${points(behind)} 个百分点、超前不超过 ${points(ahead)} 个百分点为正常`;
  return (
    `完成率比序时进度高 ${points(ahead)} 个百分点以上为超前，${onTrack}，` +
    `落后 ${points(behind)}–${points(seriouslyBehind)} 个百分点为滞后，` +
    `落后 ${points(seriouslyBehind)} 个百分点以上为严重滞后`
  );
}

/** How an indicator's 序时进度 moves through the year, in the bureau's words. */
export const RULE_LABELS = {
  LINEAR: "按月均衡",
  CURVE: "自定进度曲线",
  LEVEL: "达到并保持",
  BY_DATE: "按期完成",
} as const;

/** "4/7 个县区达标" beside a minimum for every county or the same target for each; null otherwise. */
export const unitsMetText = (indicator: { unitsMet: number | null; unitsTotal: number | null }) =>
  indicator.unitsMet === null || indicator.unitsTotal === null
    ? null
    : `${indicator.unitsMet}/${indicator.unitsTotal} 个县区达标`;

/** A minimum for every county is a target per county, not a city total. */
export const targetText = (indicator: { quotaMode: string; target: number; unit: string }, amount: string) =>
  indicator.quotaMode === "MINIMUM" ? `每个县区不少于 ${amount}${indicator.unit}` : `${amount}${indicator.unit}`;

/** A quota of 0: the unit has nothing to do on this indicator, so it is neither behind nor without data. */
export const NO_QUOTA_LABEL = "无分解任务";

/** Whether a unit's row is a quota of 0 (its completion has no meaning). */
export const hasNoQuota = (unit: { quota: number; completion: number | null }) =>
  unit.quota === 0 && unit.completion === null;
