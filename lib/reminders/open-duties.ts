// What each reporting unit still owes the city for a month: the duties with no report that reached
// the city (a county's report waiting for its own sign-off has not), and the unit's due date (its
// granted extension, or the normal one). 催办 lists the late ones; automatic reminders all of them.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { grantedDueDays } from "@/lib/extensions/queries";
import { listDuties } from "@/lib/reports/duties";
import { effectiveDue } from "@/lib/time/due";

type Db = PrismaClient | Prisma.TransactionClient;

const SUBMITTED_STATES: ReportState[] = ["SUBMITTED", "APPROVED"];

export type MissingDuty = { pointId: number; pointNo: number; pointTitle: string; state: ReportState | null };
export type OpenUnit = {
  unitId: number;
  unitCode: string;
  unitName: string;
  due: Date;
  extendedTo: string | null;
  missing: MissingDuty[];
};

/** The units (those whose due date passes `dueBefore`, when given) with duties not yet sent to the city. */
export async function listOpenDuties(db: Db, period: string, dueBefore?: Date): Promise<OpenUnit[]> {
  const granted = await grantedDueDays(db, period);
  const units = (
    await db.unit.findMany({
      where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
      orderBy: [{ kind: "desc" }, { sortOrder: "asc" }],
      select: { id: true, code: true, name: true },
    })
  )
    .map((unit) => ({ ...unit, extendedTo: granted.get(unit.id) ?? null }))
    .map((unit) => ({ ...unit, due: effectiveDue(period, unit.extendedTo) }))
    .filter((unit) => !dueBefore || unit.due < dueBefore);
  if (units.length === 0) return [];
  const reports = await db.report.findMany({
    where: { period, unitId: { in: units.map((unit) => unit.id) } },
    select: { unitId: true, pointId: true, state: true },
  });
  const stateOf = new Map(reports.map((report) => [`${report.unitId}:${report.pointId}`, report.state]));
  const open: OpenUnit[] = [];
  for (const unit of units) {
    const missing = (await listDuties(db, unit.id, period))
      .map((duty) => ({
        pointId: duty.pointId,
        pointNo: duty.pointNo,
        pointTitle: duty.pointTitle,
        state: stateOf.get(`${unit.id}:${duty.pointId}`) ?? null,
      }))
      .filter((duty) => duty.state === null || !SUBMITTED_STATES.includes(duty.state));
    if (missing.length === 0) continue;
    open.push({
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      due: unit.due,
      extendedTo: unit.extendedTo,
      missing,
    });
  }
  return open;
}
