// What a unit answers for in a year's plan, item by item (its indicators, then each point as a
// whole), with the state of its close-out and whether it may apply now: the 单位任务 page's
// 办结销号 list and the 申请办结 buttons read this, and the server judges an application alike.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";
import { type ApplicantUnit, type IndicatorStanding, indicatorsOf, isResponsible, refusalToApply } from "./eligibility";
import { standingsOf } from "./standing";

export type CloseoutSubject = {
  pointId: number;
  pointNo: number;
  pointTitle: string;
  indicatorId: number | null;
  indicatorName: string | null;
  /** The live (or last) close-out of the item. */
  closeout: { id: number; state: CloseoutState; closedAt: Date | null } | null;
  /** The viewer may apply for it now (their own unit, eligible, nothing live). */
  canApply: boolean;
  /** Why not, when the viewer's own unit may not apply. */
  refusal: string | null;
  /** The unit's figures on the indicator (approved, the month being filed). */
  standing: IndicatorStanding | null;
};

const LIVE: CloseoutState[] = ["APPLIED", "VERIFIED", "CLOSED"];

export async function listCloseoutSubjects(
  viewer: Viewer,
  unit: ApplicantUnit,
  year: number,
): Promise<CloseoutSubject[]> {
  const db = getPrisma();
  const points = await db.workPoint.findMany({
    where: { plan: { year, status: "PUBLISHED" } },
    orderBy: { no: "asc" },
    select: {
      id: true,
      no: true,
      title: true,
      leadUnitId: true,
      indicators: {
        where: { retiredAt: null },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, quotas: { select: { unitId: true } } },
      },
      closeouts: {
        where: { unitId: unit.id },
        orderBy: { id: "desc" },
        select: { id: true, indicatorId: true, state: true, closedAt: true },
      },
    },
  });
  const mayApply = viewer.unitId === unit.id && can(viewer, "closeout.apply", unit.id);
  const { standings } = mayApply
    ? await standingsOf(db, year, unit.id)
    : { standings: new Map<number, IndicatorStanding>() };
  const subjects: CloseoutSubject[] = [];
  for (const point of points) {
    const facts = {
      leadUnitId: point.leadUnitId,
      indicators: point.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        quotaUnitIds: i.quotas.map((q) => q.unitId),
      })),
    };
    if (!isResponsible(facts, unit)) continue;
    const latest = (indicatorId: number | null) =>
      point.closeouts.find((row) => row.indicatorId === indicatorId && LIVE.includes(row.state)) ??
      point.closeouts.find((row) => row.indicatorId === indicatorId) ??
      null;
    const closed = point.closeouts.filter((row) => row.state === "CLOSED" && row.indicatorId !== null);
    const closedIndicatorIds = closed.map((row) => row.indicatorId as number);
    const item = (indicatorId: number | null, indicatorName: string | null): CloseoutSubject => {
      const closeout = latest(indicatorId);
      const live = closeout !== null && LIVE.includes(closeout.state);
      const refusal = refusalToApply(
        facts,
        unit,
        indicatorId === null
          ? { subject: "point", closedIndicatorIds }
          : { subject: "indicator", indicatorId, standing: standings.get(indicatorId) ?? null },
      );
      return {
        pointId: point.id,
        pointNo: point.no,
        pointTitle: point.title,
        indicatorId,
        indicatorName,
        closeout,
        canApply: mayApply && !live && refusal === null,
        refusal: live ? "已有办理中或已办结的申请。" : refusal,
        standing: indicatorId === null ? null : (standings.get(indicatorId) ?? null),
      };
    };
    for (const id of indicatorsOf(facts, unit))
      subjects.push(item(id, facts.indicators.find((indicator) => indicator.id === id)?.name ?? null));
    subjects.push(item(null, null));
  }
  return subjects;
}

/** Whether the viewer's own unit may apply now for this item (the 申请办结 button of a page). */
export async function mayApplyFor(
  viewer: Viewer,
  year: number,
  pointId: number,
  indicatorId: number | null,
): Promise<boolean> {
  if (!can(viewer, "closeout.apply")) return false;
  const subjects = await listCloseoutSubjects(viewer, { id: viewer.unitId, kind: viewer.unitKind }, year);
  return subjects.some((item) => item.pointId === pointId && item.indicatorId === indicatorId && item.canApply);
}
