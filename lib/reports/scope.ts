import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { can, scopeOf } from "@/lib/policy";

/**
 * The reports a viewer may read, as a `where`. A unit reads all of its own reports. Beyond its own
 * unit, a viewer sees only work that has reached the city (submitted at least once): a lead
 * department the reports on the points it leads, leaders and the supervisor all of them. Counties
 * never see another county's reports in any state.
 */
export function readableReportsWhere(viewer: Viewer): Prisma.ReportWhereInput | null {
  const scope = scopeOf(viewer, "report.read");
  if (scope === null) return null;
  if (scope === "own") return { unitId: viewer.unitId };
  const reachedCity: Prisma.ReportWhereInput = { submittedAt: { not: null } };
  const beyondOwnUnit = can(viewer, "report.approve")
    ? { ...reachedCity, point: { leadUnitId: viewer.unitId } }
    : reachedCity;
  return { OR: [{ unitId: viewer.unitId }, beyondOwnUnit] };
}
