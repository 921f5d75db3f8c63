// The supervisor grants or refuses a pending request, once: the state guard in the update makes a
// second decision (another tab, another supervisor, a retry) fail instead of overwriting the first.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { notifyUsers, reportingRoles } from "@/lib/notifications/recipients";
import { can } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { dayOfDateColumn } from "@/lib/time/days";
import { formatDay, formatPeriod } from "@/lib/time/format";
import { decideExtensionSchema } from "./schemas";

export async function decideExtension(
  db: PrismaClient,
  supervisor: Viewer,
  context: RequestContext,
  raw: unknown,
): Promise<{ id: number; state: "GRANTED" | "REFUSED" }> {
  if (!can(supervisor, "extension.decide")) throw new UserError("只有督查可以审批延期申请。");
  const parsed = decideExtensionSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "输入有误");
  const { id, grant, note } = parsed.data;
  const state = grant ? "GRANTED" : "REFUSED";
  return db.$transaction(async (tx) => {
    const request = await tx.dueDateExtension.findUnique({
      where: { id },
      select: {
        unitId: true,
        period: true,
        requestedDue: true,
        state: true,
        unit: { select: { code: true, name: true } },
      },
    });
    if (!request) throw new UserError("延期申请不存在。");
    const { count } = await tx.dueDateExtension.updateMany({
      where: { id, state: "PENDING" },
      data: { state, decidedById: supervisor.userId, decidedAt: portalNow(), decisionNote: note },
    });
    if (count === 0) throw new UserError("该延期申请已经审批过,不能再次审批。");
    const day = dayOfDateColumn(request.requestedDue);
    await recordAudit(tx, {
      actor: auditActorOf(supervisor),
      action: grant ? "extension.grant" : "extension.refuse",
      result: "SUCCESS",
      objectType: "DueDateExtension",
      objectId: id,
      before: { state: "PENDING" },
      after: { state, unit: request.unit.code, period: request.period, requestedDue: day, note },
      context,
    });
    const outcome = grant ? `已批准,截止日期延至${formatDay(day)}` : "未获批准";
    await notifyUsers(
      tx,
      { unitId: request.unitId, role: { in: reportingRoles() } },
      {
        kind: grant ? "extension.grant" : "extension.refuse",
        title: `${formatPeriod(request.period)}报送延期申请${outcome}`,
        body: note,
        link: "/extensions",
      },
    );
    return { id, state };
  });
}
