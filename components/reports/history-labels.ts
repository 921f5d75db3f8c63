import type { ReportState } from "@/lib/generated/prisma/enums";
import { STATE_LABELS, STEP_LABELS, type Step } from "@/lib/reports/workflow";

/** A history row's action: a save is 保存草稿, a step its button's name. */
export const stepLabel = (action: string) => STEP_LABELS[action as Step] ?? action;

/** A step's move (草稿 → 待县区审核); a save that moved nothing just says where the report stands. */
export function stateText({ fromState, toState }: { fromState: ReportState | null; toState: ReportState }): string {
  if (!fromState || fromState === toState) return STATE_LABELS[toState];
  return `${STATE_LABELS[fromState]} → ${STATE_LABELS[toState]}`;
}
