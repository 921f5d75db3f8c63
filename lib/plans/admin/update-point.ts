// A point's short title, lead department, 配合单位 and kind. The lead department reviews the
// point's reports and reports on everything the counties do not, so it cannot change under
// reports already made.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven, recordPlanChange } from "@/lib/plans/plan-change";
import { changedWords } from "./describe-setup";
import { loadPointForChange } from "./load-for-change";
import type { UpdatePointInput } from "./schemas";
import { POINT_KIND_LABELS } from "./words";

const namesOf = (units: { name: string }[]) => units.map((unit) => unit.name).join("、") || "(无)";

export async function updatePoint(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: UpdatePointInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const point = await loadPointForChange(tx, input.pointId);
    assertReasonGiven(point.plan, input.reason);
    const lead = await tx.unit.findUnique({
      where: { code: input.leadUnitCode },
      select: { id: true, name: true, kind: true },
    });
    if (lead?.kind !== "DEPARTMENT")
      throw new UserError("牵头单位须是市局的科室或直属单位。", { field: "leadUnitCode" });
    if (lead.id !== point.leadUnitId) {
      const reports = await tx.report.count({ where: { pointId: point.id } });
      if (reports > 0)
        throw new UserError(
          `已有 ${reports} 份报告,不能更换牵头单位(牵头单位审核并报送本条的报告);如确需调整,请停用本条的指标后新增。`,
          { field: "leadUnitCode" },
        );
    }
    const codes = [...new Set(input.supportingUnitCodes)].filter((code) => code !== input.leadUnitCode);
    const supporting = await tx.unit.findMany({
      where: { code: { in: codes } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    });
    if (supporting.length !== codes.length)
      throw new UserError("配合单位中有不存在的单位。", { field: "supportingUnitCodes" });
    const words = (title: string, leadName: string, units: { name: string }[], kind: UpdatePointInput["kind"]) => ({
      简称: title,
      牵头单位: leadName,
      配合单位: namesOf(units),
      类型: POINT_KIND_LABELS[kind],
    });
    const currentSupporting = point.supportingUnits.map((s) => s.unit).sort((a, b) => a.id - b.id);
    const change = changedWords(
      words(point.title, point.leadUnit.name, currentSupporting, point.kind),
      words(
        input.title,
        lead.name,
        [...supporting].sort((a, b) => a.id - b.id),
        input.kind,
      ),
    );
    if (!change) return { changed: false };
    await tx.workPoint.update({
      where: { id: point.id },
      data: { title: input.title, leadUnitId: lead.id, kind: input.kind },
    });
    await tx.supportingUnit.deleteMany({ where: { pointId: point.id } });
    await tx.supportingUnit.createMany({ data: supporting.map((unit) => ({ pointId: point.id, unitId: unit.id })) });
    await recordPlanChange(tx, {
      plan: point.plan,
      viewer,
      context,
      action: "plan.point.update",
      objectType: "WorkPoint",
      objectId: point.id,
      pointId: point.id,
      ...change,
      reason: input.reason,
    });
    return { changed: true };
  });
}
