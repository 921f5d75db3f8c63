// Taking a workflow step: one transaction with the history event, the audit row and the
// notifications, guarded by the version the person saw. A retried or double-clicked step that has
// already been taken by the same person returns the report as it is, creating nothing.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { ReportConflictError } from "./errors";
import { notifyAfterStep } from "./notify";
import type { ReportStepInput } from "./schemas";
import { readableReportsWhere } from "./scope";
import { AccessDenied } from "@/lib/auth/denied";
import { snapshotReport } from "./snapshot";
import { assertComplete } from "./assert-complete";
import { refusalOf, rightOfStep, stateAfter, type Step } from "./workflow";

const NEEDS_CONTENT: Step[] = ["sendForSignoff", "submit"];

export async function transitionReport(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: ReportStepInput,
): Promise<{ reportId: number; version: number }> {
  const readable = readableReportsWhere(viewer);
  return db.$transaction(async (tx) => {
    const report =
      readable &&
      (await tx.report.findFirst({
        where: { AND: [{ id: input.reportId }, readable] },
        select: {
          id: true,
          state: true,
          version: true,
          revision: true,
          progress: true,
          noProgress: true,
          noProgressReason: true,
          period: true,
          pointId: true,
          unitId: true,
          unit: { select: { kind: true } },
          point: { select: { leadUnitId: true } },
        },
      }));
    if (!report) {
      // One that exists but is not the viewer's (another county's, say) is a refusal, audited by the door.
      if (await tx.report.count({ where: { id: input.reportId } }))
        throw new AccessDenied(rightOfStep(input.step, viewer), { type: "Report", id: input.reportId }, "报告不存在。");
      throw new UserError("报告不存在。");
    }
    if (report.version !== input.expectedVersion) {
      if (await alreadyTaken(tx, report.id, viewer.userId, input))
        return { reportId: report.id, version: report.version };
      throw await conflictFor(tx, report.id);
    }
    const editedByViewer =
      (await tx.reportEvent.count({
        where: { reportId: report.id, revision: report.revision, action: "save", userId: viewer.userId },
      })) > 0;
    const refusal = refusalOf(
      input.step,
      { state: report.state, unitId: report.unitId, unitKind: report.unit.kind, leadUnitId: report.point.leadUnitId },
      viewer,
      editedByViewer,
    );
    if (refusal) throw new UserError(refusal);
    if ((input.step === "sendBack" || input.step === "return") && input.reason === "")
      throw new UserError("退回时须填写原因。");
    if (NEEDS_CONTENT.includes(input.step)) await assertComplete(tx, report);

    const before = await snapshotReport(tx, report.id);
    const to = stateAfter(input.step, report.state);
    const reopening = input.step === "reopen";
    const now = portalNow();
    const { count } = await tx.report.updateMany({
      where: { id: report.id, version: input.expectedVersion },
      data: {
        state: to,
        version: { increment: 1 },
        updatedAt: now,
        ...(reopening ? { revision: { increment: 1 }, submittedAt: null, approvedAt: null } : {}),
        ...(to === "SUBMITTED" ? { submittedAt: now } : {}),
        ...(to === "APPROVED" ? { approvedAt: now } : {}),
      },
    });
    if (count === 0) {
      // Another transaction moved it first: a parallel copy of this same request is not a conflict.
      if (await alreadyTaken(tx, report.id, viewer.userId, input))
        return { reportId: report.id, version: input.expectedVersion + 1 };
      throw await conflictFor(tx, report.id);
    }
    const after = await snapshotReport(tx, report.id);
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        revision: after.revision,
        action: input.step,
        fromState: report.state,
        toState: to,
        userId: viewer.userId,
        reason: input.reason,
        snapshot: after,
        at: now,
      },
    });
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: `report.${input.step}`,
      result: "SUCCESS",
      objectType: "Report",
      objectId: report.id,
      before,
      after,
      detail: input.reason || undefined,
      context,
    });
    await notifyAfterStep(tx, report.id, input.step, input.reason);
    return { reportId: report.id, version: after.version };
  });
}

/** The same person's same step already moved the report on from this version (a retry or a double click). */
async function alreadyTaken(
  tx: Prisma.TransactionClient,
  reportId: number,
  userId: number,
  input: ReportStepInput,
): Promise<boolean> {
  const last = await tx.reportEvent.findFirst({
    where: { reportId },
    orderBy: { id: "desc" },
    select: { action: true, userId: true, snapshot: true },
  });
  const version = (last?.snapshot as { version?: number } | null)?.version;
  return last?.action === input.step && last.userId === userId && version === input.expectedVersion + 1;
}

async function conflictFor(tx: Prisma.TransactionClient, reportId: number): Promise<ReportConflictError> {
  const last = await tx.reportEvent.findFirst({
    where: { reportId },
    orderBy: { id: "desc" },
    select: { user: { select: { displayName: true } } },
  });
  return new ReportConflictError(await snapshotReport(tx, reportId), last?.user?.displayName ?? null);
}
