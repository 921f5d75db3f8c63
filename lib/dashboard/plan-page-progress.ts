// The plan's section and point pages show the dashboard's own figures beside the text: the same
// computation and cache (getPlanProgress), indexed for the page. No second formula.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { planPagePeriod } from "./page-params";
import { getPlanProgress } from "./plan-progress";
import type { PointProgress, SectionProgress } from "./progress-types";

export type PlanPageProgress = {
  period: string;
  sections: Map<number, SectionProgress>;
  points: Map<number, PointProgress>;
};

/** Null while the plan has no figures to show (a draft, a year not yet begun). */
export async function getPlanPageProgress(
  db: PrismaClient,
  year: number,
  askedPeriod: unknown,
  now: Date = portalNow(),
): Promise<PlanPageProgress | null> {
  const period = planPagePeriod(year, askedPeriod, now);
  const progress = period ? await getPlanProgress(db, year, period, now) : null;
  if (!progress || !period) return null;
  return {
    period,
    sections: new Map(progress.sections.map((section) => [section.no, section])),
    points: new Map(progress.points.map((point) => [point.no, point])),
  };
}
