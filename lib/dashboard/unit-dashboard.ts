// The per-unit reads of the county and department dashboards, beside the plan's progress: a county's
// reports still in its own hands, the reviews waiting for a department. Each list is one query,
// scoped by the unit in its `where`, whatever the size of the plan.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { closingWhere } from "@/lib/closure/closure-window";
import { readableReportsWhere } from "@/lib/reports/scope";
import { dayOfDateColumn } from "@/lib/time/days";
import { dueDayOf } from "@/lib/time/due";

type Db = PrismaClient | Prisma.TransactionClient;

export type CountyDuty = { pointNo: number; pointTitle: string; reportId: number | null; state: ReportState | null };
export type CountyMonth = {
  /** Due the period's reports not yet sent to the city: not started, drafts, awaiting the county head's sign-off. */
  unsent: CountyDuty[];
  /** The due day (yyyy-MM-dd, Asia/Shanghai), later when the supervisor granted an extension. */
  dueDay: string;
  extended: boolean;
};
export type ReturnedReport = { id: number; period: string; pointNo: number; pointTitle: string; reason: string };
export type WaitingReview = {
  id: number;
  period: string;
  unit: string;
  pointNo: number;
  pointTitle: string;
  submittedAt: Date | null;
};

const UNSENT: (ReportState | null)[] = [null, "DRAFT", "AWAITING_SIGNOFF"];

/** A county's month: its duties (the points where it holds a quota) and what it has filed for them. */
export async function getCountyMonth(db: Db, unitId: number, year: number, period: string): Promise<CountyMonth> {
  const [points, extension] = await Promise.all([
    db.workPoint.findMany({
      where: {
        plan: { year },
        indicators: { some: { quotas: { some: { unitId } } } },
        // A point the county has closed (办结销号) is no longer its duty.
        closeouts: { none: { ...closingWhere(unitId, period), indicatorId: null } },
      },
      orderBy: { no: "asc" },
      select: { no: true, title: true, reports: { where: { unitId, period }, select: { id: true, state: true } } },
    }),
    db.dueDateExtension.findFirst({
      where: { unitId, period, state: "GRANTED" },
      orderBy: { requestedDue: "desc" },
      select: { requestedDue: true },
    }),
  ]);
  const duties = points.map((point) => ({
    pointNo: point.no,
    pointTitle: point.title,
    reportId: point.reports[0]?.id ?? null,
    state: point.reports[0]?.state ?? null,
  }));
  return {
    unsent: duties.filter((duty) => UNSENT.includes(duty.state)),
    dueDay: extension ? dayOfDateColumn(extension.requestedDue) : dueDayOf(period),
    extended: extension !== null,
  };
}

/** A unit's reports of the year up to the period that stand returned, oldest month first, with the latest reason. */
export async function listReturnedReports(
  db: Db,
  unitId: number,
  year: number,
  period: string,
): Promise<ReturnedReport[]> {
  const reports = await db.report.findMany({
    where: { unitId, state: "RETURNED", period: { gte: `${year}-01`, lte: period } },
    orderBy: [{ period: "asc" }, { point: { no: "asc" } }],
    select: {
      id: true,
      period: true,
      point: { select: { no: true, title: true } },
      events: { where: { toState: "RETURNED" }, orderBy: { id: "desc" }, take: 1, select: { reason: true } },
    },
  });
  return reports.map((report) => ({
    id: report.id,
    period: report.period,
    pointNo: report.point.no,
    pointTitle: report.point.title,
    reason: report.events[0]?.reason ?? "",
  }));
}

/** County reports submitted to the city on the points a department leads, waiting for its review, oldest first. */
export async function listWaitingReviews(db: Db, leadUnitId: number, year: number): Promise<WaitingReview[]> {
  const reports = await db.report.findMany({
    where: { state: "SUBMITTED", unit: { kind: "COUNTY" }, point: { leadUnitId, plan: { year } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      period: true,
      submittedAt: true,
      unit: { select: { name: true } },
      point: { select: { no: true, title: true } },
    },
  });
  return reports.map((report) => ({
    id: report.id,
    period: report.period,
    unit: report.unit.name,
    pointNo: report.point.no,
    pointTitle: report.point.title,
    submittedAt: report.submittedAt,
  }));
}

/** A city unit whose dashboard may be shown (a department or the bureau's office); null for a county or an unknown code. */
export function findCityUnit(db: Db, code: string) {
  return db.unit.findFirst({
    where: { code, kind: { in: ["DEPARTMENT", "BUREAU"] } },
    select: { id: true, code: true, name: true },
  });
}

/** Of these report ids, the ones the viewer may open: a link to any other would only answer "not found". */
export async function readableReportIds(db: Db, viewer: Viewer, ids: (number | null)[]): Promise<Set<number>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const readable = readableReportsWhere(viewer);
  if (!readable || wanted.length === 0) return new Set();
  const rows = await db.report.findMany({ where: { AND: [{ id: { in: wanted } }, readable] }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
