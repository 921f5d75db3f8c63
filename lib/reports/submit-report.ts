// 提交审核 / 报送 from the form: what is on the screen is saved and sent in one transaction, so the
// reviewer gets exactly what the reporter saw, and a refusal of either part (a version conflict, a
// blank figure) changes nothing at all.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { portalNow } from "@/lib/time/clock";
import { joinTransaction } from "./join-transaction";
import { saveReport } from "./save-report";
import type { SubmitReportInput } from "./schemas";
import { transitionReport } from "./transition-report";

export async function submitReport(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  { step, ...input }: SubmitReportInput,
  asOf: Date = portalNow(),
): Promise<{ reportId: number; version: number }> {
  const retried = input.expectedVersion === null ? null : await alreadySent(db, viewer, input, step);
  if (retried) return retried;
  return db.$transaction(async (tx) => {
    const inOne = joinTransaction(tx);
    const saved = await saveReport(inOne, viewer, context, input, asOf, { skipUnchanged: true });
    return transitionReport(inOne, viewer, context, {
      reportId: saved.reportId,
      step,
      expectedVersion: saved.version,
      reason: "",
    });
  });
}

/** A retried or double-clicked send that already went through from this version returns the report as it is. */
async function alreadySent(
  db: PrismaClient,
  viewer: Viewer,
  input: Omit<SubmitReportInput, "step">,
  step: SubmitReportInput["step"],
): Promise<{ reportId: number; version: number } | null> {
  const report = await db.report.findUnique({
    where: { unitId_pointId_period: { unitId: viewer.unitId, pointId: input.pointId, period: input.period } },
    select: { id: true, version: true },
  });
  if (!report || report.version === input.expectedVersion) return null;
  const last = await db.reportEvent.findFirst({
    where: { reportId: report.id },
    orderBy: { id: "desc" },
    select: { action: true, userId: true, snapshot: true },
  });
  const version = (last?.snapshot as { version?: number } | null)?.version ?? 0;
  // The send moved it on by one (nothing changed) or two (a save, then the step), and nothing since.
  const gap = version - (input.expectedVersion ?? 0);
  const fromThisVersion = (gap === 1 || gap === 2) && version === report.version;
  return last?.action === step && last.userId === viewer.userId && fromThisVersion
    ? { reportId: report.id, version: report.version }
    : null;
}
