// Bodies for the report write API that pass the portal's value rules: a unit's duties of a month
// (lib/reports/duties.ts, the same list the form shows), each figure filled the way a unit would
// (its quota for counts and amounts, a plausible rate), with a 说明 so a value the rules flag is
// kept rather than refused.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type Duty, type DutyIndicator, listDuties } from "../../lib/reports/duties";

export type SaveBody = {
  pointId: number;
  period: string;
  expectedVersion: number | null;
  narrative: { progress: string; problems: string; nextSteps: string };
  values: Record<string, unknown>[];
  step?: "sendForSignoff" | "submit";
};

export async function unitOf(db: PrismaClient, username: string): Promise<{ id: number; kind: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { username },
    select: { unit: { select: { id: true, kind: true } } },
  });
  return user.unit;
}

export async function dutiesOf(db: PrismaClient, username: string, period: string): Promise<Duty[]> {
  return listDuties(db, (await unitOf(db, username)).id, period);
}

function figuresOf(indicator: DutyIndicator, round: number): Record<string, unknown> {
  const base = { indicatorId: indicator.id, explanation: "故障测试填报" };
  if (indicator.kind === "MILESTONE") return { ...base, done: false };
  if (indicator.kind === "SUM") {
    const value = Math.max(1, indicator.target) + round;
    return { ...base, value: indicator.wholeNumbers ? Math.ceil(value) : Number(value.toFixed(2)) };
  }
  if (indicator.kind === "RATIO") return { ...base, numerator: 15 + round, denominator: 10 };
  return { ...base, numerator: 90, denominator: 100 };
}

/** A complete body for a duty; `round` varies the figures so successive saves differ. */
export function bodyFor(duty: Duty, period: string, expectedVersion: number | null, round = 0): SaveBody {
  return {
    pointId: duty.pointId,
    period,
    expectedVersion,
    narrative: {
      progress: `故障测试第 ${round} 轮:${duty.pointTitle} 按计划推进。`,
      problems: "",
      nextSteps: "",
    },
    values: duty.indicators.map((indicator) => figuresOf(indicator, round)),
  };
}

/** The report of a unit, point and month as the database holds it (id and version), if any. */
export async function reportOf(
  db: PrismaClient,
  unitId: number,
  pointId: number,
  period: string,
): Promise<{ id: number; version: number; state: string } | null> {
  return db.report.findUnique({
    where: { unitId_pointId_period: { unitId, pointId, period } },
    select: { id: true, version: true, state: true },
  });
}
