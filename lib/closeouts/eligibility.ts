// Who may apply to close what (办结销号), as pure rules over the point's facts. A county answers for
// the indicators it holds a quota of; the point's lead department for the unsplit ones and for the
// point as a whole, including a qualitative point (no indicators), which closes on its word.
import { formatNumber } from "@/lib/format";

export type PointFacts = {
  leadUnitId: number;
  /** The point's current indicators and the counties holding a quota of each. */
  indicators: { id: number; name: string; quotaUnitIds: number[] }[];
};
export type ApplicantUnit = { id: number; kind: "BUREAU" | "DEPARTMENT" | "COUNTY" };

/** The unit's own indicators on the point: its quotas (a county), the unsplit ones (the lead department). */
export function indicatorsOf(point: PointFacts, unit: ApplicantUnit): number[] {
  if (unit.kind === "COUNTY")
    return point.indicators.filter((indicator) => indicator.quotaUnitIds.includes(unit.id)).map(({ id }) => id);
  if (unit.id !== point.leadUnitId) return [];
  return point.indicators.filter((indicator) => indicator.quotaUnitIds.length === 0).map(({ id }) => id);
}

/** A responsible unit of the point: a county with a quota on it, or its lead department. */
export const isResponsible = (point: PointFacts, unit: ApplicantUnit) =>
  unit.kind === "COUNTY" ? indicatorsOf(point, unit).length > 0 : unit.id === point.leadUnitId;

/** The unit's figures on one indicator, as the dashboard measures them (completion 1 = target reached). */
export type IndicatorStanding = { achieved: number | null; target: number; completion: number | null; unit: string };

// Completion is a quotient of decimals: 0.9999999 of a reached target is reached.
const REACHED = 1 - 1e-9;

export const hasReached = (standing: IndicatorStanding) =>
  standing.completion !== null && standing.completion >= REACHED;

export type Application =
  | { subject: "indicator"; indicatorId: number; standing: IndicatorStanding | null }
  | { subject: "point"; closedIndicatorIds: number[] };

/** Why the unit may not apply (a sentence to show), or null when it may. */
export function refusalToApply(point: PointFacts, unit: ApplicantUnit, application: Application): string | null {
  if (!isResponsible(point, unit)) return "本单位不是这条要点的责任单位,不能申请办结。";
  const own = indicatorsOf(point, unit);
  if (application.subject === "indicator") {
    const indicator = point.indicators.find(({ id }) => id === application.indicatorId);
    if (!indicator || !own.includes(indicator.id))
      return "这项指标不由本单位负责(县区负责分解到本县区的指标,牵头科室负责未分解的指标)。";
    const { standing } = application;
    if (!standing || !hasReached(standing)) return notReachedText(indicator.name, standing);
    return null;
  }
  const open = point.indicators.filter(
    (indicator) => own.includes(indicator.id) && !application.closedIndicatorIds.includes(indicator.id),
  );
  if (open.length > 0)
    return `本单位负责的指标尚未全部办结:${open.map((indicator) => `「${indicator.name}」`).join("、")}。请先逐项申请办结。`;
  return null;
}

function notReachedText(name: string, standing: IndicatorStanding | null): string {
  if (!standing || standing.achieved === null) return `「${name}」尚无审核通过的数据,不能申请办结。`;
  return `「${name}」尚未达到目标:已完成 ${formatNumber(standing.achieved)}${standing.unit},目标 ${formatNumber(standing.target)}${standing.unit}。`;
}
