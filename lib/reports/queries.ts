// Reads for the monthly reporting pages. Every query starts from the viewer: a unit's month is the
// viewer's own unit, and a single report is found only through readableReportsWhere, so a report
// the viewer may not read is the same as one that does not exist.
import "server-only";
import { can } from "@/lib/policy";
import { isAfter } from "date-fns";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { portalNow } from "@/lib/time/clock";
import { dayOfDateColumn } from "@/lib/time/days";
import { effectiveDue } from "@/lib/time/due";
import { listDuties } from "./duties";
import { readableReportsWhere } from "./scope";
import type { ReportSnapshot } from "./snapshot";
import { indicatorRows, lastApprovedValues, VALUE_SELECT, valuesByIndicator } from "./value-rows";
import { availableSteps, refusalOf } from "./workflow";

const REACHED_CITY: ReportState[] = ["SUBMITTED", "APPROVED"];
/** The steps that send a unit's report on; the form takes them with its content (submitReportAction). */
const SEND_STEPS = ["sendForSignoff", "submit"] as const;

export async function getMonthOverview(viewer: Viewer, period: string, now = portalNow()) {
  if (!can(viewer, "report.duties") || !readableReportsWhere(viewer)) return null;
  const db = getPrisma();
  const duties = await listDuties(db, viewer.unitId, period);
  const pointIds = duties.map((duty) => duty.pointId);
  const [reports, lastApproved, due] = await Promise.all([
    db.report.findMany({
      where: { unitId: viewer.unitId, period, pointId: { in: pointIds } },
      select: { id: true, pointId: true, state: true, version: true, revision: true, values: { select: VALUE_SELECT } },
    }),
    lastApprovedValues(db, viewer.unitId, period, pointIds),
    unitDueDate(viewer.unitId, period),
  ]);
  const byPoint = new Map(reports.map((report) => [report.pointId, report]));
  const pastDue = isAfter(now, due);
  const rows = duties.map((duty) => {
    const report = byPoint.get(duty.pointId);
    // A correction of an approved month is not late: the month was filed on time once.
    const filed = report && (REACHED_CITY.includes(report.state) || report.revision > 1);
    return {
      pointId: duty.pointId,
      pointNo: duty.pointNo,
      pointTitle: duty.pointTitle,
      report: report ? { id: report.id, state: report.state, version: report.version } : null,
      overdue: pastDue && !filed,
      indicators: indicatorRows(
        duty.indicators,
        report && valuesByIndicator(report.values),
        lastApproved.get(duty.pointId),
      ),
    };
  });
  // Whether the viewer starts reports (the reporter) or only reads them here (the county head).
  const canStart =
    refusalOf(
      "save",
      { state: "DRAFT", unitId: viewer.unitId, unitKind: viewer.unitKind, leadUnitId: 0 },
      viewer,
      false,
    ) === null;
  return { period, unitName: viewer.unitName, due, canStart, rows };
}

export type MonthOverview = NonNullable<Awaited<ReturnType<typeof getMonthOverview>>>;

/** The month's due date for a unit: a granted 延期 moves it to the end of the granted day. */
async function unitDueDate(unitId: number, period: string): Promise<Date> {
  const granted = await getPrisma().dueDateExtension.findFirst({
    where: { unitId, period, state: "GRANTED" },
    orderBy: { decidedAt: "desc" },
    select: { requestedDue: true },
  });
  return effectiveDue(period, granted && dayOfDateColumn(granted.requestedDue));
}

/** A new report's form for one of the viewer's own unit's points in a month, or the report when it exists already. */
export async function getReportForm(viewer: Viewer, pointId: number, period: string) {
  const readable = readableReportsWhere(viewer);
  if (!readable || !can(viewer, "report.duties")) return null;
  const db = getPrisma();
  const duty = (await listDuties(db, viewer.unitId, period)).find((candidate) => candidate.pointId === pointId);
  if (!duty) return null;
  const [report, lastApproved] = await Promise.all([
    db.report.findFirst({
      where: { AND: [{ unitId: viewer.unitId, pointId, period }, readable] },
      select: { id: true },
    }),
    lastApprovedValues(db, viewer.unitId, period, [pointId]),
  ]);
  const workflowReport = {
    state: "DRAFT",
    unitId: viewer.unitId,
    unitKind: viewer.unitKind,
    leadUnitId: duty.leadUnitId,
  } as const;
  return {
    duty,
    period,
    report,
    indicators: indicatorRows(duty.indicators, undefined, lastApproved.get(pointId)),
    canSave: refusalOf("save", workflowReport, viewer, false) === null,
    sendStep: SEND_STEPS.find((step) => refusalOf(step, workflowReport, viewer, false) === null) ?? null,
  };
}

export type ReportForm = NonNullable<Awaited<ReturnType<typeof getReportForm>>>;

export async function getReportDetail(viewer: Viewer, id: number) {
  const readable = readableReportsWhere(viewer);
  if (!readable) return null;
  const db = getPrisma();
  const report = await db.report.findFirst({
    where: { AND: [{ id }, readable] },
    select: {
      id: true,
      unitId: true,
      pointId: true,
      period: true,
      state: true,
      version: true,
      revision: true,
      isDemo: true,
      progress: true,
      problems: true,
      nextSteps: true,
      noProgress: true,
      noProgressReason: true,
      submittedAt: true,
      approvedAt: true,
      unit: { select: { name: true, kind: true } },
      point: {
        select: {
          no: true,
          title: true,
          leadUnitId: true,
          leadUnit: { select: { name: true } },
          plan: { select: { year: true } },
        },
      },
      values: { select: VALUE_SELECT },
      events: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          revision: true,
          action: true,
          fromState: true,
          toState: true,
          reason: true,
          at: true,
          snapshot: true,
          userId: true,
          user: { select: { displayName: true, unit: { select: { name: true } } } },
        },
      },
    },
  });
  if (!report) return null;
  const [duties, lastApproved] = await Promise.all([
    // A filed report shows whole, also of what its unit has closed since.
    listDuties(db, report.unitId, report.period, { withClosed: true }),
    lastApprovedValues(db, report.unitId, report.period, [report.pointId]),
  ]);
  const duty = duties.find((candidate) => candidate.pointId === report.pointId);
  const editedThisRevision = report.events.some(
    (event) => event.action === "save" && event.revision === report.revision && event.userId === viewer.userId,
  );
  const workflowReport = {
    state: report.state,
    unitId: report.unitId,
    unitKind: report.unit.kind,
    leadUnitId: report.point.leadUnitId,
  };
  const steps = availableSteps(workflowReport, viewer, editedThisRevision);
  return {
    ...report,
    indicators: indicatorRows(
      duty?.indicators ?? [],
      valuesByIndicator(report.values),
      lastApproved.get(report.pointId),
    ),
    events: report.events.map(({ snapshot, userId: _userId, ...event }) => ({
      ...event,
      snapshot: snapshot as ReportSnapshot | null,
    })),
    canSave: steps.includes("save"),
    steps: steps.filter((step) => step !== "save"),
    /** Shown on the form when the viewer may edit: the send is made with the form's content. */
    sendStep: SEND_STEPS.find((step) => steps.includes(step)) ?? null,
  };
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof getReportDetail>>>;

/**
 * What waits for this viewer's decision: the county head's sign-off, the lead department's or the
 * supervisor's review. Null for a role that reviews nothing.
 */
export async function listReviewQueue(viewer: Viewer) {
  const readable = readableReportsWhere(viewer);
  const waiting = queueWhere(viewer);
  if (!readable || !waiting) return null;
  return getPrisma().report.findMany({
    where: { AND: [waiting, readable] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      period: true,
      state: true,
      revision: true,
      updatedAt: true,
      unit: { select: { name: true } },
      point: { select: { no: true, title: true } },
      _count: { select: { values: { where: { implausible: true } } } },
    },
  });
}

export type ReviewQueueRow = NonNullable<Awaited<ReturnType<typeof listReviewQueue>>>[number];

/** The reports waiting for this viewer's review step; null when the viewer reviews nothing. */
export function queueWhere(viewer: Viewer): Prisma.ReportWhereInput | null {
  if (can(viewer, "report.signoff")) return { unitId: viewer.unitId, state: "AWAITING_SIGNOFF" };
  if (can(viewer, "report.approve"))
    return { state: "SUBMITTED", unit: { kind: "COUNTY" }, point: { leadUnitId: viewer.unitId } };
  if (can(viewer, "report.approveDepartmentReport")) return { state: "SUBMITTED", unit: { kind: "DEPARTMENT" } };
  return null;
}
