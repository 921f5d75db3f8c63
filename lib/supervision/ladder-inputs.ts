// What the ladder reads for a day: the dashboard's own progress of the last month whose reports
// were due (its per-unit statuses and its overdue list, extensions honoured), the closed-out
// points and indicators, and the notices already written.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { dayOfDateColumn } from "@/lib/time/days";
import { isOverdue } from "@/lib/time/due";
import { currentPeriod, periodYear, previousPeriod } from "@/lib/time/periods";
import { UNANSWERED_STATES } from "./notice-words";
import { type BehindPart, type ClosedItems, closedKey, type ExistingNotice, type LateReport } from "./propose-notices";

/** The month the ladder judges: the one being filed once its due day has passed, else the one before. */
export function ladderPeriod(now: Date): string {
  const filing = currentPeriod(now);
  return isOverdue(filing, now) ? filing : previousPeriod(filing);
}

export type LadderFacts = { behind: BehindPart[]; late: LateReport[] };

export async function readProgressFacts(db: PrismaClient, period: string, now: Date): Promise<LadderFacts> {
  const progress = await getPlanProgress(db, periodYear(period), period, now);
  if (!progress) return { behind: [], late: [] };
  const behind = progress.points.flatMap((point) =>
    point.indicators.flatMap((indicator) =>
      indicator.units.flatMap((unit): BehindPart[] =>
        (unit.status === "BEHIND" || unit.status === "SERIOUSLY_BEHIND") && unit.completion !== null
          ? [
              {
                unitId: unit.unitId,
                unitName: unit.unit,
                pointId: point.id,
                pointNo: point.no,
                indicatorId: indicator.id,
                indicatorName: indicator.name,
                status: unit.status,
                completion: unit.completion,
                expected: unit.expected,
              },
            ]
          : [],
      ),
    ),
  );
  const units = await db.unit.findMany({ select: { id: true, code: true } });
  const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
  const pointOf = new Map(progress.points.map((point) => [point.no, point]));
  const late = progress.overdue.flatMap((row): LateReport[] => {
    const unitId = unitIdOf.get(row.unitCode);
    const point = pointOf.get(row.pointNo);
    if (unitId === undefined || !point) return [];
    return [
      {
        unitId,
        unitName: row.unit,
        pointId: point.id,
        pointNo: point.no,
        pointTitle: point.title,
        period: row.period,
        dueDay: row.dueAt,
        daysLate: row.daysLate,
      },
    ];
  });
  return { behind, late };
}

export async function readClosedItems(db: PrismaClient): Promise<ClosedItems> {
  const closed = await db.closeout.findMany({
    where: { state: "CLOSED" },
    select: { unitId: true, pointId: true, indicatorId: true },
  });
  return {
    points: new Set(closed.filter((row) => row.indicatorId === null).map((row) => closedKey(row.unitId, row.pointId))),
    indicators: new Set(
      closed.flatMap((row) => (row.indicatorId === null ? [] : [closedKey(row.unitId, row.indicatorId)])),
    ),
  };
}

/** The year's notices, and any older one still unanswered (it may escalate). */
export async function readExistingNotices(db: PrismaClient, year: number): Promise<ExistingNotice[]> {
  const rows = await db.supervisionNotice.findMany({
    where: { OR: [{ year }, { state: { in: UNANSWERED_STATES } }] },
    select: {
      id: true,
      year: true,
      number: true,
      unitId: true,
      subject: true,
      colour: true,
      state: true,
      pointId: true,
      indicatorId: true,
      period: true,
      feedbackDue: true,
    },
  });
  return rows.map((row) => ({ ...row, feedbackDue: row.feedbackDue && dayOfDateColumn(row.feedbackDue) }));
}
