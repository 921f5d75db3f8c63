// The ladder's settings, saved in one transaction with one audit row (before and after).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { SupervisionSettingsInput } from "./schemas";
import { readSupervisionSettings } from "./settings";

export async function saveSupervisionSettings(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: SupervisionSettingsInput,
): Promise<{ changed: boolean }> {
  if (input.redOverdueDays <= input.yellowOverdueDays)
    throw new UserError("红色督查单的逾期天数须大于黄色的。", { field: "redOverdueDays" });
  return db.$transaction(async (tx) => {
    const before = await readSupervisionSettings(tx);
    const changed = (Object.keys(input) as (keyof SupervisionSettingsInput)[]).some(
      (key) => before[key] !== input[key],
    );
    if (!changed) return { changed: false };
    await tx.supervisionSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: "notice.settings",
      result: "SUCCESS",
      objectType: "SupervisionSettings",
      objectId: 1,
      before,
      after: input,
      detail: `黄色 逾期${input.yellowOverdueDays}天,红色 逾期${input.redOverdueDays}天,反馈期限 ${input.feedbackWorkingDays} 个工作日,${input.autoIssue ? "自动下发" : "督查室确认后下发"}`,
      context,
    });
    return { changed: true };
  });
}
