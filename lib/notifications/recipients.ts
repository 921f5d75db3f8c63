import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rolesWith } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";

/** The roles that file a unit's monthly reports (and so hear about its reminders and extensions). */
export const reportingRoles = () => rolesWith("report.duties");

export type NotificationContent = { kind: string; title: string; body?: string; link: string };

/** Active reporting users of the given units. */
export function reportingUsersOf(tx: Prisma.TransactionClient, unitIds: number[]) {
  return tx.user.findMany({
    where: { unitId: { in: unitIds }, role: { in: reportingRoles() }, disabledAt: null },
    select: { id: true, unitId: true },
  });
}

/** Writes one notification per recipient; call it inside the transaction of the change it announces. */
export async function notifyUsers(
  tx: Prisma.TransactionClient,
  where: Prisma.UserWhereInput,
  content: NotificationContent,
): Promise<number> {
  const users = await tx.user.findMany({ where: { ...where, disabledAt: null }, select: { id: true } });
  const createdAt = portalNow();
  await tx.notification.createMany({
    data: users.map((user) => ({
      createdAt,
      userId: user.id,
      kind: content.kind,
      title: content.title,
      body: content.body ?? "",
      link: content.link,
    })),
  });
  return users.length;
}
