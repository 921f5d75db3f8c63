// The two numbers the navigation shows beside 本月填报 and 待审核: one COUNT query each, because
// they are asked on every page a person opens.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";
import { dutyPointsWhere } from "./duties";
import { queueWhere } from "./queries";
import { readableReportsWhere } from "./scope";

// Once a report is with the county head or the city, the unit's filing of that point is done.
const FILED: ReportState[] = ["AWAITING_SIGNOFF", "SUBMITTED", "APPROVED"];

/** The month's points the viewer's unit has still to file (not started, a draft, or sent back). */
export async function countOpenDuties(viewer: Viewer, period: string): Promise<number | null> {
  if (!can(viewer, "report.duties")) return null;
  return getPrisma().workPoint.count({
    where: {
      ...dutyPointsWhere({ id: viewer.unitId, kind: viewer.unitKind }, period),
      reports: { none: { unitId: viewer.unitId, period, state: { in: FILED } } },
    },
  });
}

/** The reports waiting for the viewer's review: the length of the 待审核 list, without reading it. */
export async function countReviewQueue(viewer: Viewer): Promise<number | null> {
  const readable = readableReportsWhere(viewer);
  const waiting = queueWhere(viewer);
  if (!readable || !waiting) return null;
  return getPrisma().report.count({ where: { AND: [waiting, readable] } });
}
