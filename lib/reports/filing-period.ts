// Which months can be reported on (saved, imported, templated, extended, reminded): a month of the
// plan's own year, and not after the month being filed now (portalNow: the demo clock or the real
// date). A report for December in early November, or an extension for 2099, is refused in words.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod, isPeriod, periodYear } from "@/lib/time/periods";

/** The plan a month would be reported on: a draft (firstPeriod null) has no duties yet. */
export type FilingPlan = { year: number; firstPeriod: string | null };

/** Why the period cannot be reported on now, or null when it can. */
export function filingPeriodProblem(period: string, plan: FilingPlan | null, now: Date = portalNow()): string | null {
  if (!isPeriod(period)) return "月份格式应为 2022-10";
  if (plan === null) return `${periodYear(period)}年没有工作要点,不能填报${formatPeriod(period)}。`;
  if (periodYear(period) !== plan.year)
    return `${formatPeriod(period)}不在${plan.year}年工作要点的年度内,请选择${plan.year}年的月份。`;
  if (plan.firstPeriod === null) return `${plan.year}年工作要点尚未发布,发布后才能填报。`;
  if (period < plan.firstPeriod)
    return `${plan.year}年工作要点自${formatPeriod(plan.firstPeriod)}起填报,${formatPeriod(period)}不需要填报。`;
  const current = currentPeriod(now);
  if (period > current)
    return `${formatPeriod(period)}尚未到填报时间:现在填报的是${formatPeriod(current)},此后的月份不能提前填报。`;
  return null;
}

export function assertFilingPeriod(period: string, plan: FilingPlan | null, now?: Date): void {
  const problem = filingPeriodProblem(period, plan, now);
  if (problem) throw new UserError(problem);
}

/** The plan a month belongs to, or null when there is no plan for its year. */
export async function planOfPeriod(
  db: PrismaClient | Prisma.TransactionClient,
  period: string,
): Promise<FilingPlan | null> {
  if (!isPeriod(period)) return null;
  return db.plan.findUnique({ where: { year: periodYear(period) }, select: FILING_PLAN });
}

/** What filingPeriodProblem needs of a plan, for a select. */
export const FILING_PLAN = { year: true, firstPeriod: true } as const;

/** Why nothing can be filed for the month (no plan, a draft, before its first month, a future month), or null. */
export async function filingProblemOf(
  db: PrismaClient | Prisma.TransactionClient,
  period: string,
  now?: Date,
): Promise<string | null> {
  return filingPeriodProblem(period, await planOfPeriod(db, period), now);
}
