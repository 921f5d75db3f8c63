// A responsible unit applies to close its part of an indicator (target reached on approved figures)
// or of a whole point (all its indicators closed; a qualitative point on its word). One live
// application per unit and subject: the unit's row lock orders two quick clicks, the partial unique
// index (Closeout_one_live) backs it. When the applicant leads the point, there is nothing to verify:
// the application goes straight to the office.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { type Application, refusalToApply } from "./eligibility";
import { notifyCloseout, subjectText } from "./notify";
import { type ApplyCloseoutInput, applyCloseoutSchema } from "./schemas";
import { standingsOf } from "./standing";

const LIVE = ["APPLIED", "VERIFIED", "CLOSED"] as const;

export async function applyCloseout(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  raw: ApplyCloseoutInput | unknown,
): Promise<{ id: number; state: "APPLIED" | "VERIFIED" }> {
  if (!can(viewer, "closeout.apply")) throw new UserError("只有责任单位可以申请办结。");
  const parsed = applyCloseoutSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "输入有误");
  const { pointId, summary } = parsed.data;
  const indicatorId = parsed.data.indicatorId ?? null;
  const point = await db.workPoint.findFirst({
    where: { id: pointId, plan: { status: "PUBLISHED" } },
    select: {
      id: true,
      no: true,
      title: true,
      leadUnitId: true,
      plan: { select: { year: true } },
      indicators: {
        where: { retiredAt: null },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, quotas: { select: { unitId: true } } },
      },
    },
  });
  if (!point) throw new UserError("要点不存在或所在的工作要点尚未发布。");
  const facts = {
    leadUnitId: point.leadUnitId,
    indicators: point.indicators.map((i) => ({ id: i.id, name: i.name, quotaUnitIds: i.quotas.map((q) => q.unitId) })),
  };
  const unit = { id: viewer.unitId, kind: viewer.unitKind };
  const indicator = indicatorId === null ? null : (facts.indicators.find(({ id }) => id === indicatorId) ?? null);
  const { period, standings } = await standingsOf(db, point.plan.year, viewer.unitId);
  const now = portalNow();
  const skipVerify = viewer.unitId === point.leadUnitId;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${viewer.unitId} FOR UPDATE`;
    const closedIndicatorIds = (
      await tx.closeout.findMany({
        where: { unitId: viewer.unitId, pointId, state: "CLOSED", indicatorId: { not: null } },
        select: { indicatorId: true },
      })
    ).map((row) => row.indicatorId as number);
    const application: Application =
      indicatorId === null
        ? { subject: "point", closedIndicatorIds }
        : { subject: "indicator", indicatorId, standing: standings.get(indicatorId) ?? null };
    const refusal = refusalToApply(facts, unit, application);
    if (refusal) throw new UserError(refusal);
    const live = await tx.closeout.findFirst({
      where: { unitId: viewer.unitId, pointId, indicatorId, state: { in: [...LIVE] } },
      select: { state: true },
    });
    if (live)
      throw new UserError(
        live.state === "CLOSED" ? "本单位已办结销号,不能重复申请。" : "本单位已有办理中的办结申请,请等待处理。",
      );
    const factsData =
      indicatorId === null
        ? { period, closedIndicators: closedIndicatorIds.length, qualitative: facts.indicators.length === 0 }
        : { period, indicator: indicator?.name ?? "", ...standings.get(indicatorId) };
    const state = skipVerify ? "VERIFIED" : "APPLIED";
    const created = await tx.closeout.create({
      data: {
        unitId: viewer.unitId,
        pointId,
        indicatorId,
        state,
        summary,
        factsData,
        appliedAt: now,
        appliedById: viewer.userId,
        ...(skipVerify
          ? { verifiedAt: now, verifiedById: viewer.userId, verifyNote: "申请单位即牵头科室,免核验" }
          : {}),
      },
      select: { id: true, unitId: true },
    });
    const subject = subjectText(point, indicator);
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: "closeout.apply",
      result: "SUCCESS",
      objectType: "Closeout",
      objectId: created.id,
      after: {
        state,
        unit: viewer.unitCode,
        point: point.no,
        indicator: indicator?.name ?? null,
        summary,
        facts: factsData,
      },
      context,
    });
    await notifyCloseout(
      tx,
      skipVerify ? "supervisor" : "leadDepartment",
      { ...created, leadUnitId: point.leadUnitId },
      `${viewer.unitName}申请办结${subject},${skipVerify ? "待销号" : "待核验"}`,
      summary,
    );
    return { id: created.id, state };
  });
}
