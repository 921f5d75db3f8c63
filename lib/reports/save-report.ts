// Saving a report's values and narrative: one transaction with its history event and audit row,
// guarded by the version the person loaded, so a second editor never silently overwrites the first.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { dateColumnOfDay, shanghaiDay } from "@/lib/time/days";
import { listDuties } from "./duties";
import { ReportConflictError, ValueProblemsError } from "./errors";
import { assertFilingPeriod, FILING_PLAN } from "./filing-period";
import type { SaveReportInput } from "./schemas";
import { type ReportSnapshot, snapshotReport } from "./snapshot";
import { narrativeProblems } from "./required-values";
import { refusalOf } from "./workflow";
import { checkValues, type FlaggedValue, type RowProblem } from "./check-values";
import { IMPLAUSIBLE_REASONS } from "./value-rules";

export async function saveReport(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: SaveReportInput,
  /** The day the period is judged on (the month being filed then); the portal's clock by default. */
  asOf: Date = portalNow(),
  /** Sending from the form saves first: a save that changed nothing leaves no 保存草稿 in the history. */
  options: { skipUnchanged?: boolean } = {},
): Promise<{ reportId: number; version: number }> {
  return db.$transaction(async (tx) => {
    const point = await tx.workPoint.findUnique({
      where: { id: input.pointId },
      select: { plan: { select: FILING_PLAN } },
    });
    if (point) assertFilingPeriod(input.period, point.plan, asOf);
    const duty = (await listDuties(tx, viewer.unitId, input.period)).find(
      (candidate) => candidate.pointId === input.pointId,
    );
    if (!duty) throw new UserError("本单位不负责填报这条要点。");
    const { problems, flagged } = await checkValues(
      tx,
      viewer.unitId,
      input.period,
      duty.indicators,
      input.values,
      shanghaiDay(asOf),
    );
    if (problems.length) throw valueProblemsError(problems);
    const narrative = narrativeProblems(
      { progress: input.narrative.progress, noProgress: input.noProgress, noProgressReason: input.noProgressReason },
      false,
    );
    if (narrative.length)
      throw new ValueProblemsError(
        narrative.map((problem) => problem.message).join("\n"),
        Object.fromEntries(narrative.map((problem) => [problem.field, [problem.message]])),
      );

    const existing = await tx.report.findUnique({
      where: { unitId_pointId_period: { unitId: viewer.unitId, pointId: input.pointId, period: input.period } },
      select: { id: true, state: true, version: true },
    });
    const workflowReport = {
      state: existing?.state ?? "DRAFT",
      unitId: viewer.unitId,
      unitKind: viewer.unitKind,
      leadUnitId: duty.leadUnitId,
    } as const;
    const refusal = refusalOf("save", workflowReport, viewer, false);
    if (refusal) throw new UserError(refusal);

    const before = existing ? await snapshotReport(tx, existing.id) : null;
    const now = portalNow();
    const reportId = existing
      ? await updateGuarded(tx, existing.id, input, now)
      : await createReport(tx, viewer.unitId, input, now);
    await writeValues(tx, reportId, input, new Set(flagged.map((entry) => entry.index)));
    const after = await snapshotReport(tx, reportId);
    if (options.skipUnchanged && before && sameContent(before, after)) return { reportId, version: after.version };
    await tx.reportEvent.create({
      data: {
        reportId,
        revision: after.revision,
        action: "save",
        fromState: existing?.state ?? null,
        toState: after.state,
        userId: viewer.userId,
        snapshot: after,
        at: now,
      },
    });
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: "report.save",
      result: "SUCCESS",
      objectType: "Report",
      objectId: reportId,
      before: before ?? undefined,
      after,
      context,
    });
    if (flagged.length) await recordImplausible(tx, viewer, context, reportId, flagged, input);
    return { reportId, version: after.version };
  });
}

/** The narrative and 本月无新进展; a door that does not send the choice (the Excel import) keeps it. */
function reportTextOf(input: SaveReportInput) {
  if (input.noProgress === undefined) return input.narrative;
  return {
    ...input.narrative,
    noProgress: input.noProgress,
    noProgressReason: input.noProgress ? (input.noProgressReason ?? "") : "",
  };
}

const sameContent = (before: ReportSnapshot, after: ReportSnapshot) =>
  JSON.stringify({ ...before, version: 0 }) === JSON.stringify({ ...after, version: 0 });

function valueProblemsError(problems: RowProblem[]): ValueProblemsError {
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems)
    (fieldErrors[`values.${problem.index}.${problem.field}`] ??= []).push(problem.message);
  return new ValueProblemsError(problems.map((problem) => problem.text).join("\n"), fieldErrors);
}

/** One row per save that keeps a value beyond belief: what it was, against what, and the 说明 given. */
async function recordImplausible(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  context: RequestContext,
  reportId: number,
  flagged: FlaggedValue[],
  input: SaveReportInput,
): Promise<void> {
  await recordAudit(tx, {
    actor: auditActorOf(viewer),
    action: "report.value.implausible",
    result: "SUCCESS",
    objectType: "Report",
    objectId: reportId,
    after: {
      values: flagged.map((entry) => ({
        indicator: entry.indicator,
        value: entry.value,
        quota: entry.quota,
        lastApproved: entry.lastApproved,
        reason: IMPLAUSIBLE_REASONS[entry.reason].flag,
        explanation: input.values[entry.index].explanation,
      })),
    },
    context,
  });
}

async function updateGuarded(
  tx: Prisma.TransactionClient,
  reportId: number,
  input: SaveReportInput,
  now: Date,
): Promise<number> {
  const { count } = await tx.report.updateMany({
    where: { id: reportId, version: input.expectedVersion ?? -1 },
    data: { ...reportTextOf(input), version: { increment: 1 }, updatedAt: now },
  });
  if (count === 0) throw await conflict(tx, reportId);
  return reportId;
}

async function createReport(
  tx: Prisma.TransactionClient,
  unitId: number,
  input: SaveReportInput,
  now: Date,
): Promise<number> {
  if (input.expectedVersion !== null) throw new UserError("报告不存在,请刷新页面。");
  const created = await tx.report.createManyAndReturn({
    data: [
      { unitId, pointId: input.pointId, period: input.period, ...reportTextOf(input), createdAt: now, updatedAt: now },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created.length === 0) {
    const other = await tx.report.findUniqueOrThrow({
      where: { unitId_pointId_period: { unitId, pointId: input.pointId, period: input.period } },
      select: { id: true },
    });
    throw await conflict(tx, other.id);
  }
  return created[0].id;
}

async function conflict(tx: Prisma.TransactionClient, reportId: number): Promise<ReportConflictError> {
  const last = await tx.reportEvent.findFirst({
    where: { reportId },
    orderBy: { id: "desc" },
    select: { user: { select: { displayName: true } } },
  });
  return new ReportConflictError(await snapshotReport(tx, reportId), last?.user?.displayName ?? null);
}

async function writeValues(
  tx: Prisma.TransactionClient,
  reportId: number,
  input: SaveReportInput,
  implausible: Set<number>,
): Promise<void> {
  for (const [index, row] of input.values.entries()) {
    const data = {
      value: row.value ?? null,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null,
      done: row.done ?? null,
      // A date left in the form of a milestone marked 未完成 means nothing.
      doneOn: row.done && row.doneOn ? dateColumnOfDay(row.doneOn) : null,
      explanation: row.explanation,
      implausible: implausible.has(index),
    };
    await tx.reportValue.upsert({
      where: { reportId_indicatorId: { reportId, indicatorId: row.indicatorId } },
      create: { reportId, indicatorId: row.indicatorId, ...data },
      update: data,
    });
  }
}
