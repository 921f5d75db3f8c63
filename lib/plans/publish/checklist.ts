// What a plan still lacks before units can report on it, in words the supervisor can act on.
// Quotas of a SPLIT indicator that do not add up to its target may be published with a reason
// (one county may take a share later); the other gaps leave an indicator that cannot be measured.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type QuotaBalance, quotaBalance } from "@/lib/plans/quota-sum";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod } from "@/lib/time/periods";

type Db = PrismaClient | Prisma.TransactionClient;

export type QuotaGap = {
  indicatorId: number;
  pointNo: number;
  name: string;
  unit: string;
  balance: QuotaBalance;
  counties: number;
  /** The reason recorded for it, if any (kept from an earlier attempt or publication). */
  reason: string;
};
export type PublicationChecklist = {
  plan: {
    id: number;
    year: number;
    title: string;
    status: "DRAFT" | "PUBLISHED";
    publishedAt: Date | null;
    firstPeriod: string | null;
  };
  gaps: QuotaGap[];
  /** Problems that refuse publication until fixed on the point and indicator pages. */
  blockers: string[];
  reportCount: number;
  /** The month being filed now, within the plan's year. */
  defaultFirstPeriod: string;
};

/** The month being filed now, clamped to the plan's year (a plan for next year starts in January). */
export function defaultFirstPeriod(year: number, now: Date = portalNow()): string {
  const current = currentPeriod(now);
  if (current < `${year}-01`) return `${year}-01`;
  if (current > `${year}-12`) return `${year}-12`;
  return current;
}

export async function loadPublicationChecklist(db: Db, year: number): Promise<PublicationChecklist | null> {
  const plan = await db.plan.findUnique({
    where: { year },
    select: { id: true, year: true, title: true, status: true, publishedAt: true, firstPeriod: true },
  });
  if (!plan) return null;
  const points = await db.workPoint.findMany({
    where: { planId: plan.id },
    orderBy: { no: "asc" },
    select: {
      no: true,
      title: true,
      kind: true,
      indicators: {
        where: { retiredAt: null },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          name: true,
          unit: true,
          target: true,
          rule: true,
          dueOn: true,
          schedule: true,
          quotaMode: true,
          quotaGapReason: true,
          quotas: { select: { target: true } },
        },
      },
    },
  });
  const blockers: string[] = [];
  const gaps: QuotaGap[] = [];
  for (const point of points) {
    if (point.kind === "QUANTITATIVE" && point.indicators.length === 0)
      blockers.push(`第${point.no}条「${point.title}」是量化要点,但没有在用的指标:请添加指标,或改为定性要点。`);
    for (const indicator of point.indicators) {
      const where = `第${point.no}条「${indicator.name}」`;
      if (indicator.rule === "BY_DATE" && !indicator.dueOn) blockers.push(`${where}按期限完成,但没有设定完成期限。`);
      if (indicator.rule === "CURVE" && indicator.schedule.length !== 12)
        blockers.push(`${where}按自定义序时进度考核,但没有设定 1–12 月的序时进度。`);
      if (indicator.quotaMode !== "SPLIT") continue;
      const balance = quotaBalance(
        indicator.target,
        indicator.quotas.map((quota) => quota.target),
      );
      if (!balance.balanced)
        gaps.push({
          indicatorId: indicator.id,
          pointNo: point.no,
          name: indicator.name,
          unit: indicator.unit,
          balance,
          counties: indicator.quotas.length,
          reason: indicator.quotaGapReason,
        });
    }
  }
  const reportCount = await db.report.count({ where: { point: { planId: plan.id } } });
  return { plan, gaps, blockers, reportCount, defaultFirstPeriod: defaultFirstPeriod(year) };
}
