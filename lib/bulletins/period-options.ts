import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod } from "@/lib/time/periods";
import { nextPeriod } from "./periods";

/** The months a 通报 can be drafted for: the published plan's, up to the month being filed, without one yet; newest first. */
export async function bulletinPeriodOptions(db: PrismaClient, now: Date = portalNow()): Promise<string[]> {
  const last = currentPeriod(now);
  const plan = await db.plan.findUnique({
    where: { year: Number(last.slice(0, 4)) },
    select: { status: true, firstPeriod: true },
  });
  if (plan?.status !== "PUBLISHED" || !plan.firstPeriod) return [];
  const taken = new Set((await db.bulletin.findMany({ select: { period: true } })).map((row) => row.period));
  const periods: string[] = [];
  for (let period = plan.firstPeriod; period <= last; period = nextPeriod(period))
    if (!taken.has(period)) periods.push(period);
  return periods.reverse();
}
