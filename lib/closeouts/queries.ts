// Reads for the close-out pages. The viewer's scope (closeout.read: the bureau all, a county its own)
// is in every `where`: a close-out the viewer may not read is the same as one that does not exist.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, unitFilter } from "@/lib/policy";
import { evidenceRefusal } from "./evidence";
import { availableSteps } from "./steps";

const ROW = {
  id: true,
  state: true,
  version: true,
  summary: true,
  appliedAt: true,
  closedAt: true,
  unitId: true,
  unit: { select: { code: true, name: true } },
  point: { select: { id: true, no: true, title: true, leadUnitId: true, plan: { select: { year: true } } } },
  indicator: { select: { id: true, name: true } },
} satisfies Prisma.CloseoutSelect;

export type CloseoutRow = Prisma.CloseoutGetPayload<{ select: typeof ROW }>;

/** The /closeouts page: what waits for the viewer (待核验, 待销号), the unit's own, the latest of all. */
export async function listCloseouts(viewer: Viewer) {
  const scope = unitFilter(viewer, "closeout.read");
  if (!scope) return null;
  const db = getPrisma();
  const [toVerify, toClose, mine, recent] = await Promise.all([
    can(viewer, "closeout.verify")
      ? db.closeout.findMany({
          where: { state: "APPLIED", point: { leadUnitId: viewer.unitId } },
          orderBy: { id: "asc" },
          select: ROW,
        })
      : [],
    can(viewer, "closeout.close")
      ? db.closeout.findMany({ where: { state: "VERIFIED" }, orderBy: { id: "asc" }, select: ROW })
      : [],
    can(viewer, "closeout.apply")
      ? db.closeout.findMany({ where: { unitId: viewer.unitId }, orderBy: { id: "desc" }, take: 100, select: ROW })
      : [],
    db.closeout.findMany({ where: scope, orderBy: { id: "desc" }, take: 50, select: ROW }),
  ]);
  return { toVerify, toClose, mine, recent };
}

/** One close-out with its facts, its history (earlier applications for the same item) and the viewer's steps. */
export async function getCloseoutDetail(viewer: Viewer, id: number) {
  const scope = unitFilter(viewer, "closeout.read");
  if (!scope) return null;
  const db = getPrisma();
  const closeout = await db.closeout.findFirst({
    where: { id, ...scope },
    select: {
      ...ROW,
      pointId: true,
      indicatorId: true,
      factsData: true,
      appliedById: true,
      verifiedAt: true,
      verifiedById: true,
      verifyNote: true,
      closedById: true,
      reopenedById: true,
      returnReason: true,
      reopenedAt: true,
      reopenReason: true,
      point: { select: { ...ROW.point.select, leadUnit: { select: { name: true } } } },
    },
  });
  if (!closeout) return null;
  const actorIds = [closeout.appliedById, closeout.verifiedById, closeout.closedById, closeout.reopenedById];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds.filter((userId): userId is number => userId !== null) } },
    select: { id: true, displayName: true, unit: { select: { name: true } } },
  });
  const actorOf = (userId: number | null) => {
    const actor = actors.find((candidate) => candidate.id === userId);
    return actor ? `${actor.unit.name} ${actor.displayName}` : "";
  };
  const history = await db.closeout.findMany({
    where: { unitId: closeout.unitId, pointId: closeout.pointId, indicatorId: closeout.indicatorId, id: { not: id } },
    orderBy: { id: "desc" },
    select: ROW,
  });
  const steps = availableSteps({ state: closeout.state, leadUnitId: closeout.point.leadUnitId }, viewer);
  return {
    ...closeout,
    history,
    steps,
    canEditEvidence:
      evidenceRefusal(
        { unitId: closeout.unitId, state: closeout.state, leadUnitId: closeout.point.leadUnitId },
        viewer,
      ) === null,
    actors: {
      applied: actorOf(closeout.appliedById),
      verified: actorOf(closeout.verifiedById),
      closed: actorOf(closeout.closedById),
      reopened: actorOf(closeout.reopenedById),
    },
  };
}

export type CloseoutDetail = NonNullable<Awaited<ReturnType<typeof getCloseoutDetail>>>;

/** The closed (已办结) parts of an indicator, a point or a unit's work, for the pages that show them. */
export async function listClosed(
  viewer: Viewer,
  where: { indicatorId?: number; pointId?: number; unitId?: number; wholePoints?: boolean },
) {
  const scope = unitFilter(viewer, "closeout.read");
  if (!scope) return [];
  return getPrisma().closeout.findMany({
    where: {
      state: "CLOSED",
      ...(where.indicatorId ? { indicatorId: where.indicatorId } : {}),
      ...(where.pointId ? { pointId: where.pointId } : {}),
      ...(where.wholePoints ? { indicatorId: null } : {}),
      ...(where.unitId ? { unitId: where.unitId } : {}),
      ...scope,
    },
    orderBy: [{ point: { no: "asc" } }, { closedAt: "asc" }],
    select: ROW,
  });
}
