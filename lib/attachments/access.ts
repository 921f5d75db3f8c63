// Who may touch a report's attachments: readers download; whoever may save the report (its unit's
// reporter, only while it is a draft or returned) uploads and removes. The workflow table decides.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { readableReportsWhere } from "@/lib/reports/scope";
import { refusalOf } from "@/lib/reports/workflow";

type Db = PrismaClient | Prisma.TransactionClient;

export const reportAccessSelect = {
  id: true,
  state: true,
  unitId: true,
  unit: { select: { kind: true } },
  point: { select: { leadUnitId: true } },
} satisfies Prisma.ReportSelect;

export type ReportAccess = Prisma.ReportGetPayload<{ select: typeof reportAccessSelect }>;

export async function findReadableReport(db: Db, viewer: Viewer, reportId: number): Promise<ReportAccess | null> {
  const readable = readableReportsWhere(viewer);
  if (!readable) return null;
  return db.report.findFirst({ where: { AND: [{ id: reportId }, readable] }, select: reportAccessSelect });
}

/** Why the viewer may not change the report's attachments now, or null. */
export function editRefusal(report: ReportAccess, viewer: Viewer, state: ReportState = report.state): string | null {
  return refusalOf(
    "save",
    { state, unitId: report.unitId, unitKind: report.unit.kind, leadUnitId: report.point.leadUnitId },
    viewer,
    false,
  );
}

/**
 * The same question inside the writing transaction, with the report row locked: it may have been
 * sent for sign-off since it was first read, and must not gain or lose evidence after that.
 */
export async function lockedEditRefusal(
  tx: Prisma.TransactionClient,
  report: ReportAccess,
  viewer: Viewer,
): Promise<string | null> {
  const [row] = await tx.$queryRaw<
    { state: ReportState }[]
  >`SELECT state FROM "Report" WHERE id = ${report.id} FOR UPDATE`;
  return row ? editRefusal(report, viewer, row.state) : "报告不存在。";
}
