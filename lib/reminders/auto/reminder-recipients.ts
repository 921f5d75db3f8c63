// Who hears of a reminder: a unit's reporting users for its duties; for a waiting report, whoever
// holds it in their queue (the county's approver before sign-off, the lead department after, the
// supervisor for a department's own report), by the policy table's rights.
import type { Role } from "@/lib/generated/prisma/enums";
import { rolesWith } from "@/lib/policy";
import { reportingRoles } from "@/lib/notifications/recipients";
import type { QueuedReport } from "./waiting-reports";

export type Recipients = { key: string; where: { unitId?: number; role: { in: Role[] } } };

export const dutyRecipients = (unitId: number): Recipients => ({
  key: `unit:${unitId}`,
  where: { unitId, role: { in: reportingRoles() } },
});

export function reviewRecipients(report: QueuedReport): Recipients {
  if (report.state === "AWAITING_SIGNOFF")
    return {
      key: `signoff:${report.unitId}`,
      where: { unitId: report.unitId, role: { in: rolesWith("report.signoff") } },
    };
  if (report.unitKind === "DEPARTMENT")
    return { key: "department-reports", where: { role: { in: rolesWith("report.approveDepartmentReport") } } };
  return {
    key: `approve:${report.leadUnitId}`,
    where: { unitId: report.leadUnitId, role: { in: rolesWith("report.approve") } },
  };
}
