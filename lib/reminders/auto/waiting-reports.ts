// The reports in a reviewer's queue and since when: a county report waiting for its own approver's
// sign-off, or a report sent to the city waiting for its department (or, for a department's own
// report, the supervisor). "Since" is the day of the step that put it there.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState, UnitKind } from "@/lib/generated/prisma/enums";
import { shanghaiDay } from "@/lib/time/days";
import type { WaitingReport } from "./pick-reminders";

type Db = PrismaClient | Prisma.TransactionClient;

export type QueuedReport = WaitingReport & {
  state: ReportState;
  pointId: number;
  pointNo: number;
  leadUnitId: number;
  unitKind: UnitKind;
  unitName: string;
};

const REVIEW_STATES: ReportState[] = ["AWAITING_SIGNOFF", "SUBMITTED"];

/** Every report in a review queue of a published plan, oldest first. */
export async function listWaitingReports(db: Db): Promise<QueuedReport[]> {
  const reports = await db.report.findMany({
    where: { state: { in: REVIEW_STATES }, point: { plan: { status: "PUBLISHED" } } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      unitId: true,
      period: true,
      state: true,
      updatedAt: true,
      unit: { select: { kind: true, name: true } },
      point: { select: { id: true, no: true, leadUnitId: true } },
      events: { orderBy: { at: "desc" }, take: 1, select: { at: true } },
    },
  });
  return reports.map((report) => ({
    reportId: report.id,
    unitId: report.unitId,
    period: report.period,
    state: report.state,
    waitingSince: shanghaiDay(report.events[0]?.at ?? report.updatedAt),
    pointId: report.point.id,
    pointNo: report.point.no,
    leadUnitId: report.point.leadUnitId,
    unitKind: report.unit.kind,
    unitName: report.unit.name,
  }));
}
