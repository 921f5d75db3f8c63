// Who hears of each close-out step: the next actor (the lead department, then the office), and the
// applying unit of every decision on its application.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyUsers, reportingRoles } from "@/lib/notifications/recipients";

export type CloseoutRecipient = "leadDepartment" | "supervisor" | "applicant";

export function notifyCloseout(
  tx: Prisma.TransactionClient,
  to: CloseoutRecipient,
  closeout: { id: number; unitId: number; leadUnitId: number },
  title: string,
  body = "",
) {
  const where: Prisma.UserWhereInput =
    to === "leadDepartment"
      ? { unitId: closeout.leadUnitId, role: "DEPARTMENT" }
      : to === "supervisor"
        ? { role: "SUPERVISOR" }
        : { unitId: closeout.unitId, role: { in: reportingRoles() } };
  return notifyUsers(tx, where, { kind: `closeout.${to}`, title, body, link: `/closeouts/${closeout.id}` });
}

/** 第11条「…」中的「…」, or 第11条「…」(整条要点). */
export const subjectText = (point: { no: number; title: string }, indicator: { name: string } | null) =>
  `第${point.no}条「${point.title}」${indicator ? `中的「${indicator.name}」` : "(整条要点)"}`;
