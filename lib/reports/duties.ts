import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { closingWhere } from "@/lib/closure/closure-window";
import { dayOfDateColumn } from "@/lib/time/days";
import { periodYear } from "@/lib/time/periods";

type Db = PrismaClient | Prisma.TransactionClient;

export type DutyIndicator = {
  id: number;
  name: string;
  unit: string;
  kind: "SUM" | "RATE" | "RATIO" | "MILESTONE";
  /** The unit's quota (a county) or the city target (the lead department). */
  target: number;
  /** Counts whole things: a fraction is refused. */
  wholeNumbers: boolean;
  /** A milestone's (or a BY_DATE number's) deadline, YYYY-MM-DD. */
  dueOn: string | null;
};
export type Duty = {
  pointId: number;
  pointNo: number;
  pointTitle: string;
  leadUnitId: number;
  indicators: DutyIndicator[];
};

/** The published plan of the period's year, when it is reported on from that month. */
const reportedPlan = (period: string) => ({
  year: periodYear(period),
  status: "PUBLISHED" as const,
  firstPeriod: { lte: period },
});

/** A point or indicator the unit has closed (办结销号) asks nothing of it from then on. */
const notClosedPoint = (unitId: number, period: string) => ({
  closeouts: { none: { ...closingWhere(unitId, period), indicatorId: null } },
});
const notClosedIndicator = (unitId: number, period: string) => ({
  closeouts: { none: closingWhere(unitId, period) },
});

/**
 * The points a unit reports on in a month (see listDuties): a county those where one of its quotas
 * is on a current indicator, any other unit those it leads; neither those it has closed.
 */
export function dutyPointsWhere(unit: { id: number; kind: string }, period: string): Prisma.WorkPointWhereInput {
  if (unit.kind === "COUNTY")
    return {
      plan: reportedPlan(period),
      indicators: { some: { retiredAt: null, quotas: { some: { unitId: unit.id } } } },
      ...notClosedPoint(unit.id, period),
    };
  return { plan: reportedPlan(period), leadUnitId: unit.id, ...notClosedPoint(unit.id, period) };
}

/** With closed: also what the unit has closed (to show a filed report whole). */
export type DutyOptions = { withClosed?: boolean };

/**
 * What a unit reports on in a month, so nothing is counted twice: an indicator with county
 * quotas is reported by the counties (against their quota); every other indicator, and points
 * without indicators, by the point's lead department (against the city target). A draft plan,
 * a month before the plan's first month, a retired indicator, and what the unit has closed
 * (lib/closure) ask nothing.
 */
export async function listDuties(db: Db, unitId: number, period: string, options: DutyOptions = {}): Promise<Duty[]> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { kind: true } });
  const open = !options.withClosed;
  const current = { retiredAt: null, ...(open ? notClosedIndicator(unitId, period) : {}) };
  const pointsWhere = (kind: string): Prisma.WorkPointWhereInput => {
    const where = dutyPointsWhere({ id: unitId, kind }, period);
    if (open) return where;
    const { closeouts: _closed, ...all } = where;
    return all;
  };
  if (unit.kind === "COUNTY") {
    const points = await db.workPoint.findMany({
      where: pointsWhere(unit.kind),
      orderBy: { no: "asc" },
      select: {
        id: true,
        no: true,
        title: true,
        leadUnitId: true,
        indicators: {
          where: { ...current, quotas: { some: { unitId } } },
          orderBy: { sortOrder: "asc" },
          select: {
            id: true,
            name: true,
            unit: true,
            kind: true,
            wholeNumbers: true,
            dueOn: true,
            quotas: { where: { unitId }, select: { target: true } },
          },
        },
      },
    });
    return points.map((point) => ({
      pointId: point.id,
      pointNo: point.no,
      pointTitle: point.title,
      leadUnitId: point.leadUnitId,
      indicators: point.indicators.map((indicator) => ({
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        target: indicator.quotas[0].target.toNumber(),
        wholeNumbers: indicator.wholeNumbers,
        dueOn: indicator.dueOn && dayOfDateColumn(indicator.dueOn),
      })),
    }));
  }
  const points = await db.workPoint.findMany({
    where: pointsWhere(unit.kind),
    orderBy: { no: "asc" },
    select: {
      id: true,
      no: true,
      title: true,
      leadUnitId: true,
      indicators: {
        where: { ...current, quotas: { none: {} } },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, unit: true, kind: true, target: true, wholeNumbers: true, dueOn: true },
      },
    },
  });
  return points.map((point) => ({
    pointId: point.id,
    pointNo: point.no,
    pointTitle: point.title,
    leadUnitId: point.leadUnitId,
    indicators: point.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      target: indicator.target.toNumber(),
      wholeNumbers: indicator.wholeNumbers,
      dueOn: indicator.dueOn && dayOfDateColumn(indicator.dueOn),
    })),
  }));
}
