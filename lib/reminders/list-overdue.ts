// Who is late for a month: a reporting unit whose due date (its granted extension, or the normal
// one) has passed while some of its duties have no report that reached the city.
import "server-only";
import { isAfter } from "date-fns";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { grantedDueDays } from "@/lib/extensions/queries";
import { listDuties } from "@/lib/reports/duties";
import { effectiveDue } from "@/lib/time/due";

type Db = PrismaClient | Prisma.TransactionClient;

const SUBMITTED_STATES: ReportState[] = ["SUBMITTED", "APPROVED"];

export type MissingDuty = { pointNo: number; pointTitle: string; state: ReportState | null };
export type OverdueUnit = {
  unitId: number;
  unitCode: string;
  unitName: string;
  due: Date;
  extendedTo: string | null;
  missing: MissingDuty[];
};

export async function listOverdue(db: Db, period: string, now: Date): Promise<OverdueUnit[]> {
  const granted = await grantedDueDays(db, period);
  const units = await db.unit.findMany({
    where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
    orderBy: [{ kind: "desc" }, { sortOrder: "asc" }],
    select: { id: true, code: true, name: true },
  });
  const late = units.filter((unit) => isAfter(now, effectiveDue(period, granted.get(unit.id) ?? null)));
  if (late.length === 0) return [];
  const reports = await db.report.findMany({
    where: { period, unitId: { in: late.map((unit) => unit.id) } },
    select: { unitId: true, pointId: true, state: true },
  });
  const stateOf = new Map(reports.map((report) => [`${report.unitId}:${report.pointId}`, report.state]));
  const overdue: OverdueUnit[] = [];
  for (const unit of late) {
    const duties = await listDuties(db, unit.id, period);
    const missing = duties
      .map((duty) => ({
        pointNo: duty.pointNo,
        pointTitle: duty.pointTitle,
        state: stateOf.get(`${unit.id}:${duty.pointId}`) ?? null,
      }))
      .filter((duty) => duty.state === null || !SUBMITTED_STATES.includes(duty.state));
    if (missing.length === 0) continue;
    const extendedTo = granted.get(unit.id) ?? null;
    overdue.push({
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      due: effectiveDue(period, extendedTo),
      extendedTo,
      missing,
    });
  }
  return overdue;
}
