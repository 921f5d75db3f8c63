// 发布: from here on units report on the plan, from the month the supervisor names. Refused, with
// everything unfinished listed, while an indicator cannot be measured or a SPLIT indicator's
// quotas miss its target without a reason. One transaction: the status, the reasons, the audit
// row and a notification to everyone who now has a duty.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { notifyUsers, reportingRoles } from "@/lib/notifications/recipients";
import { recordPlanChange } from "@/lib/plans/plan-change";
import { portalNow } from "@/lib/time/clock";
import { formatPeriod } from "@/lib/time/format";
import { periodYear } from "@/lib/time/periods";
import { loadPublicationChecklist } from "./checklist";
import type { PublishPlanInput } from "./schemas";

export type Published = { year: number; firstPeriod: string; notified: number };

export async function publishPlan(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: PublishPlanInput,
): Promise<Published> {
  return db.$transaction(
    async (tx) => {
      const checklist = await loadPublicationChecklist(tx, input.year);
      if (!checklist) throw new UserError(`没有${input.year}年的工作要点。`);
      const { plan, gaps, blockers } = checklist;
      if (plan.status === "PUBLISHED")
        throw new UserError(`${plan.year}年工作要点已于${formatPeriod(plan.firstPeriod ?? "")}起发布,不能再次发布。`);
      if (periodYear(input.firstPeriod) !== plan.year) throw new UserError(`起报月份须为${plan.year}年的月份。`);
      const reasons = new Map(input.gapReasons.map((entry) => [entry.indicatorId, entry.reason.trim()]));
      const unexplained = gaps.filter((gap) => !reasons.get(gap.indicatorId));
      const problems = [
        ...blockers,
        ...unexplained.map(
          (gap) =>
            `第${gap.pointNo}条「${gap.name}」:各县区分解数合计 ${gap.balance.sum}${gap.unit},市级目标 ${gap.balance.target}${gap.unit},不一致。请调整分解数,或填写不一致的原因。`,
        ),
      ];
      if (problems.length > 0) throw new UserError(`尚不能发布:\n${problems.join("\n")}`);

      // Guarded by the status, so two publications at once publish once.
      const publishedAt = portalNow();
      const { count } = await tx.plan.updateMany({
        where: { id: plan.id, status: "DRAFT" },
        data: { status: "PUBLISHED", publishedAt, firstPeriod: input.firstPeriod },
      });
      if (count === 0) throw new UserError(`${plan.year}年工作要点已发布,不能再次发布。`);
      const gapReasons: Record<string, string> = {};
      for (const gap of gaps) {
        const reason = reasons.get(gap.indicatorId)!;
        await tx.indicator.update({ where: { id: gap.indicatorId }, data: { quotaGapReason: reason } });
        gapReasons[`第${gap.pointNo}条「${gap.name}」合计 ${gap.balance.sum}/${gap.balance.target}`] = reason;
      }
      await recordPlanChange(tx, {
        plan: { id: plan.id, status: "DRAFT" },
        viewer,
        context,
        action: "plan.publish",
        objectType: "Plan",
        objectId: plan.year,
        before: { 状态: "草稿" },
        after: { 状态: "已发布", 起报月份: input.firstPeriod, 分解数不一致的原因: gapReasons },
        reason: "",
      });
      const notified = await notifyUsers(
        tx,
        { unitId: { in: await unitsWithDuties(tx, plan.id) }, role: { in: reportingRoles() } },
        {
          kind: "plan.publish",
          title: `${plan.year}年工作要点已发布,自${formatPeriod(input.firstPeriod)}起按月填报`,
          body: `请于每月初填报上月进展;本单位的填报任务见“本月填报”。`,
          link: "/reports",
        },
      );
      return { year: plan.year, firstPeriod: input.firstPeriod, notified };
    },
    { timeout: 30_000 },
  );
}

/** The units listDuties gives something to: lead departments of points, counties with a quota on a current indicator. */
async function unitsWithDuties(tx: Parameters<typeof recordPlanChange>[0], planId: number): Promise<number[]> {
  const leads = await tx.workPoint.findMany({
    where: { planId },
    distinct: ["leadUnitId"],
    select: { leadUnitId: true },
  });
  const counties = await tx.quota.findMany({
    where: { indicator: { retiredAt: null, point: { planId } } },
    distinct: ["unitId"],
    select: { unitId: true },
  });
  return [...new Set([...leads.map((lead) => lead.leadUnitId), ...counties.map((quota) => quota.unitId)])];
}
