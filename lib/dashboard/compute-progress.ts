// The plan's progress for one period: the database sums, the maths module applies the formulas.
// Every query runs in one REPEATABLE READ snapshot, so the numbers and the data version they carry
// belong together; the count of queries is fixed, whatever the size of the plan or the history.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import { dayOfDateColumn } from "@/lib/time/days";
import type {
  CountyProgress,
  IndicatorProgress,
  OverdueReport,
  PlanProgress,
  PointProgress,
  Thresholds,
} from "./progress-types";
import { READ_SNAPSHOT } from "./read-snapshot";
import { loadPlanTree, type PlanTree, type UnitRef } from "./plan-structure";
import {
  countClosed,
  countReports,
  listOverdueReports,
  readProgressVersion,
  sumApprovedValues,
  type OverdueRow,
  type ReportStatsRow,
} from "./progress-sql";
import { indexSums, indicatorProgress } from "./indicator-progress";
import {
  onTimeRateOf,
  rankByCompletion,
  rollUp,
  rollUpExpected,
  statusCountsOf,
  statusOf,
  timeProgressOf,
} from "./progress-maths";

export type ProgressQuery = { year: number; period: string; today: string; dueDay: number; thresholds: Thresholds };

export async function computePlanProgress(db: PrismaClient, query: ProgressQuery): Promise<PlanProgress | null> {
  const { year, period, today, dueDay, thresholds } = query;
  const firstPeriod = `${year}-01`;
  return db.$transaction(async (tx) => {
    const dataVersion = await readProgressVersion(tx);
    const tree = await loadPlanTree(tx, year);
    if (!tree) return null;
    const planId = tree.plan.id;
    const sums = indexSums(await sumApprovedValues(tx, planId, firstPeriod, period));
    const stats = await countReports(tx, planId, firstPeriod, period, today, dueDay);
    const overdue = await listOverdueReports(tx, planId, firstPeriod, period, today, dueDay);
    const closed = await countClosed(tx, planId, period);
    const timeProgress = timeProgressOf(period);
    const points: PointProgress[] = tree.plan.points.map((point) => {
      const indicators = point.indicators.map((indicator) =>
        indicatorProgress(indicator, point.leadUnit, sums, period, thresholds),
      );
      const completion = rollUp(indicators);
      const expected = rollUpExpected(indicators);
      return {
        id: point.id,
        no: point.no,
        title: point.title,
        sectionNo: point.section.no,
        leadUnitCode: point.leadUnit.code,
        leadUnit: point.leadUnit.name,
        weight: point.weight,
        completion,
        expected,
        status: statusOf(completion, expected ?? timeProgress, thresholds),
        indicators,
      };
    });
    const sections = tree.plan.sections.map((section) => {
      const mine = points.filter((point) => point.sectionNo === section.no);
      const completion = rollUp(mine);
      const expected = rollUpExpected(mine);
      return {
        no: section.no,
        title: section.title,
        weight: section.weight,
        completion,
        expected,
        status: statusOf(completion, expected ?? timeProgress, thresholds),
      };
    });
    const planCompletion = rollUp(sections);
    const planExpected = rollUpExpected(sections);
    const indicators = points.flatMap((point) => point.indicators);
    const expectedReports = stats.reduce((total, row) => total + row.expected, 0);
    const approvedReports = stats.reduce((total, row) => total + row.approved, 0);
    return {
      year,
      period,
      timeProgress,
      thresholds,
      pendingReports: expectedReports - approvedReports,
      expectedReports,
      approvedReports,
      plan: {
        completion: planCompletion,
        expected: planExpected,
        status: statusOf(planCompletion, planExpected ?? timeProgress, thresholds),
      },
      statusCounts: statusCountsOf(indicators.map((indicator) => indicator.status)),
      closed,
      sections,
      points,
      counties: countyTable(tree.counties, indicators, stats, timeProgress, thresholds),
      overdue: overdueList(overdue, tree.plan, tree.counties),
      dataVersion,
      computedAt: portalNow().toISOString(),
    };
  }, READ_SNAPSHOT);
}

/**
 * Each county's mean completion over its quotas (weighted as the indicators are) against their expected
 * progress weighted alike, with its filing record.
 */
function countyTable(
  counties: UnitRef[],
  indicators: IndicatorProgress[],
  stats: ReportStatsRow[],
  timeProgress: number,
  thresholds: Thresholds,
): CountyProgress[] {
  const statsOf = new Map(stats.map((row) => [row.unitId, row]));
  const rows = counties.map((county) => {
    const quotas = indicators.flatMap((indicator) =>
      indicator.units
        .filter((unit) => unit.unitId === county.id)
        .map((unit) => ({ completion: unit.completion, expected: unit.expected, weight: indicator.weight })),
    );
    const completion = rollUp(quotas);
    const expected = rollUpExpected(quotas);
    const record = statsOf.get(county.id);
    const reportsDue = record?.reportsDue ?? 0;
    const reportsOnTime = record?.reportsOnTime ?? 0;
    return {
      unitId: county.id,
      code: county.code,
      name: county.name,
      completion,
      expected,
      status: statusOf(completion, expected ?? timeProgress, thresholds),
      reportsDue,
      reportsOnTime,
      onTimeRate: onTimeRateOf(reportsOnTime, reportsDue),
      overdueReports: record?.overdueReports ?? 0,
      pendingReports: (record?.expected ?? 0) - (record?.approved ?? 0),
    };
  });
  return rankByCompletion(rows);
}

function overdueList(rows: OverdueRow[], plan: PlanTree, counties: UnitRef[]): OverdueReport[] {
  const units = new Map<number, UnitRef>(counties.map((unit) => [unit.id, unit]));
  for (const point of plan.points) units.set(point.leadUnit.id, point.leadUnit);
  const points = new Map(plan.points.map((point) => [point.id, point]));
  return rows.map((row) => {
    const unit = units.get(row.unitId);
    const point = points.get(row.pointId);
    return {
      unitCode: unit?.code ?? "",
      unit: unit?.name ?? "",
      pointNo: point?.no ?? 0,
      pointTitle: point?.title ?? "",
      period: row.period,
      state: row.state,
      reportId: row.reportId,
      reachedCity: row.reachedCity,
      dueAt: dayOfDateColumn(row.due),
      daysLate: row.daysLate,
    };
  });
}
