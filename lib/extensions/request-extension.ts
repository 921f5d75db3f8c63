// 延期申请: a reporting unit asks for a later due date for one month, for itself only. One pending
// request per unit and month; the row lock on the unit keeps two quick clicks from making two.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/recipients";
import { can } from "@/lib/policy";
import { assertFilingPeriod, planOfPeriod } from "@/lib/reports/filing-period";
import { portalNow } from "@/lib/time/clock";
import { dateColumnOfDay } from "@/lib/time/days";
import { formatDay, formatPeriod } from "@/lib/time/format";
import { requestExtensionSchema } from "./schemas";

export async function requestExtension(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  raw: unknown,
): Promise<{ id: number }> {
  if (!can(viewer, "extension.request")) throw new UserError("只有填报单位可以申请延期。");
  const parsed = requestExtensionSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "输入有误");
  const input = parsed.data;
  assertFilingPeriod(input.period, await planOfPeriod(db, input.period));
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${viewer.unitId} FOR UPDATE`;
    const pending = await tx.dueDateExtension.count({
      where: { unitId: viewer.unitId, period: input.period, state: "PENDING" },
    });
    if (pending > 0) throw new UserError(`本单位${formatPeriod(input.period)}已有待审批的延期申请,请等待督查处理。`);
    const created = await tx.dueDateExtension.create({
      data: {
        unitId: viewer.unitId,
        period: input.period,
        requestedDue: dateColumnOfDay(input.requestedDue),
        reason: input.reason,
        requestedById: viewer.userId,
        createdAt: portalNow(),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: "extension.request",
      result: "SUCCESS",
      objectType: "DueDateExtension",
      objectId: created.id,
      after: { unit: viewer.unitCode, period: input.period, requestedDue: input.requestedDue, reason: input.reason },
      context,
    });
    await notifyUsers(
      tx,
      { role: "SUPERVISOR" },
      {
        kind: "extension.request",
        title: `${viewer.unitName}申请${formatPeriod(input.period)}报送延期至${formatDay(input.requestedDue)}`,
        body: input.reason,
        link: "/extensions",
      },
    );
    return created;
  });
}
