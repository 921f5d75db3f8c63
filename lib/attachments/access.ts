// Who may change a report's attachments: the workflow table's "save" rule, on the report's state.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { refusalOf } from "@/lib/reports/workflow";

export const reportAccessSelect = {
  id: true,
  state: true,
  unitId: true,
  unit: { select: { kind: true } },
  point: { select: { leadUnitId: true } },
} satisfies Prisma.ReportSelect;

export type ReportAccess = Prisma.ReportGetPayload<{ select: typeof reportAccessSelect }>;

/** Why the viewer may not change the report's attachments in this state, or null. */
export function editRefusal(report: ReportAccess, viewer: Viewer, state: ReportState = report.state): string | null {
  return refusalOf(
    "save",
    { state, unitId: report.unitId, unitKind: report.unit.kind, leadUnitId: report.point.leadUnitId },
    viewer,
    false,
  );
}
