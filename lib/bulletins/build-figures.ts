// A 通报's figures for a month, from approved data only: the dashboard's own progress (the same SQL,
// the same maths, the same cache), the departments' filing record from the same report counts, and
// the 督查单 issued and closed in the month. Frozen into Bulletin.figures when the 通报 is issued.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { countReports } from "@/lib/dashboard/progress-sql";
import { onTimeRateOf } from "@/lib/dashboard/progress-maths";
import { portalEnv } from "@/lib/env";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay, startOfDay } from "@/lib/time/days";
import { nextPeriod } from "./periods";
import { pickCriticised, pickMostBehind, pickPraised } from "./bulletin-rules";
import { noteCorrections } from "./corrections";
import type { BulletinDepartment, BulletinFigures, BulletinNotices, BulletinRules } from "./figures-types";

export async function buildBulletinFigures(
  db: PrismaClient,
  period: string,
  now: Date = portalNow(),
  withCorrections = true,
): Promise<BulletinFigures | null> {
  const year = Number(period.slice(0, 4));
  const plan = await db.plan.findUnique({ where: { year }, select: { id: true, title: true, status: true } });
  if (plan?.status !== "PUBLISHED") return null;
  const progress = await getPlanProgress(db, year, period, now);
  if (!progress) return null;
  const rules = await readRules(db);
  const counties = progress.counties.map((county) => ({
    code: county.code,
    name: county.name,
    completion: county.completion,
    expected: county.expected,
    status: county.status,
    rank: county.rank,
    reportsDue: county.reportsDue,
    reportsOnTime: county.reportsOnTime,
    onTimeRate: county.onTimeRate,
  }));
  const departments = await departmentRecord(db, plan.id, period, now);
  const criticised = pickCriticised(counties, departments, rules);
  const figures: BulletinFigures = {
    year,
    period,
    planTitle: plan.title,
    plan: progress.plan,
    statusCounts: progress.statusCounts,
    counties,
    departments,
    behind: pickMostBehind(progress.points),
    notices: await tallyNotices(db, period),
    rules,
    praised: pickPraised(counties, rules, criticised),
    criticised,
    corrections: [],
    dataVersion: progress.dataVersion,
    computedAt: now.toISOString(),
  };
  if (withCorrections) figures.corrections = await correctionsBefore(db, period, now);
  return figures;
}

async function readRules(db: PrismaClient): Promise<BulletinRules> {
  const settings = await db.supervisionSettings.findUnique({ where: { id: 1 } });
  return { praiseTopCount: settings?.praiseTopCount ?? 3, criticiseOnTimeBelow: settings?.criticiseOnTimeBelow ?? 0.8 };
}

/** The departments' on-time record for the year up to the month, from the dashboard's own report counts. */
async function departmentRecord(
  db: PrismaClient,
  planId: number,
  period: string,
  now: Date,
): Promise<BulletinDepartment[]> {
  const stats = await countReports(
    db,
    planId,
    `${period.slice(0, 4)}-01`,
    period,
    shanghaiDay(now),
    portalEnv().REPORT_DUE_DAY,
  );
  const departments = await db.unit.findMany({
    where: { kind: "DEPARTMENT", id: { in: stats.map((row) => row.unitId) } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true },
  });
  const statsOf = new Map(stats.map((row) => [row.unitId, row]));
  return departments
    .map((unit) => {
      const row = statsOf.get(unit.id);
      const reportsDue = row?.reportsDue ?? 0;
      const reportsOnTime = row?.reportsOnTime ?? 0;
      return {
        code: unit.code,
        name: unit.name,
        reportsDue,
        reportsOnTime,
        onTimeRate: onTimeRateOf(reportsOnTime, reportsDue),
      };
    })
    .filter((department) => department.reportsDue > 0);
}

/** 督查单 issued in the month (Beijing time), and those accepted (closed) in it, by colour. */
async function tallyNotices(db: PrismaClient, period: string): Promise<BulletinNotices> {
  const from = startOfDay(`${period}-01`);
  const to = startOfDay(`${nextPeriod(period)}-01`);
  const [issued, closed] = await Promise.all([
    db.supervisionNotice.findMany({
      where: { issuedAt: { gte: from, lt: to } },
      select: { colour: true, unit: { select: { name: true, sortOrder: true } } },
    }),
    db.supervisionNotice.groupBy({
      by: ["colour"],
      where: { state: "ACCEPTED", decidedAt: { gte: from, lt: to } },
      _count: { _all: true },
    }),
  ]);
  const byUnit = new Map<string, { name: string; sortOrder: number; yellow: number; red: number }>();
  for (const notice of issued) {
    const entry = byUnit.get(notice.unit.name) ?? { ...notice.unit, yellow: 0, red: 0 };
    entry[notice.colour === "RED" ? "red" : "yellow"] += 1;
    byUnit.set(notice.unit.name, entry);
  }
  const closedOf = (colour: "YELLOW" | "RED") => closed.find((row) => row.colour === colour)?._count._all ?? 0;
  return {
    issued: {
      yellow: issued.filter((notice) => notice.colour === "YELLOW").length,
      red: issued.filter((notice) => notice.colour === "RED").length,
    },
    closed: { yellow: closedOf("YELLOW"), red: closedOf("RED") },
    issuedTo: [...byUnit.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ name, yellow, red }) => ({ name, yellow, red })),
  };
}

/** Earlier months of the year whose issued 通报 the approved data no longer agrees with. */
async function correctionsBefore(db: PrismaClient, period: string, now: Date) {
  const issued = await db.bulletin.findMany({
    where: { year: Number(period.slice(0, 4)), state: "ISSUED", period: { lt: period } },
    orderBy: { period: "asc" },
    select: { period: true, year: true, number: true, figures: true },
  });
  const corrections = [];
  for (const bulletin of issued) {
    const today = await buildBulletinFigures(db, bulletin.period, now, false);
    if (!today || !bulletin.figures) continue;
    const correction = noteCorrections(bulletin, bulletin.figures as BulletinFigures, today);
    if (correction) corrections.push(correction);
  }
  return corrections;
}
