// 起草通报: one per month of the published plan, up to the month being filed. Only the title is
// stored at first: the text follows the figures until the supervisor edits a part.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { portalNow } from "@/lib/time/clock";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod } from "@/lib/time/periods";
import { isBulletinPeriod } from "./periods";
import type { CreateBulletinInput } from "./schemas";
import { defaultBulletinTitle } from "./text-parts";

export async function createBulletin(
  db: PrismaClient,
  actor: Viewer,
  context: RequestContext,
  input: CreateBulletinInput,
  now: Date = portalNow(),
): Promise<{ id: number }> {
  const year = Number(input.period.slice(0, 4));
  const plan = await db.plan.findUnique({ where: { year }, select: { status: true, firstPeriod: true } });
  if (plan?.status !== "PUBLISHED" || !plan.firstPeriod)
    throw new UserError(`${year}年的工作要点尚未发布,不能起草通报。`, { field: "period" });
  if (!isBulletinPeriod(input.period, plan.firstPeriod, currentPeriod(now)))
    throw new UserError(`只能起草${formatPeriod(plan.firstPeriod)}至${formatPeriod(currentPeriod(now))}的通报。`, {
      field: "period",
    });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.bulletin.findUnique({ where: { period: input.period }, select: { id: true } });
      if (existing)
        throw new UserError(`${formatPeriod(input.period)}的通报已经起草,请在列表中打开。`, { field: "period" });
      const title = defaultBulletinTitle(input.period);
      const created = await tx.bulletin.create({
        data: { year, period: input.period, title, texts: {}, createdAt: now, updatedAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "bulletin.create",
        result: "SUCCESS",
        objectType: "Bulletin",
        objectId: created.id,
        after: { period: input.period, title },
        detail: `起草${formatPeriod(input.period)}通报`,
        context,
      });
      return created;
    });
  } catch (error) {
    // Two supervisors drafting the same month at the same moment: the unique period lets one through.
    if (isUniqueViolation(error))
      throw new UserError(`${formatPeriod(input.period)}的通报已经起草,请在列表中打开。`, { field: "period" });
    throw error;
  }
}
