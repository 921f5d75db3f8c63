import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { dayOfDateColumn } from "@/lib/time/days";
import { previousPeriod } from "@/lib/time/periods";
import { listDuties, type Duty } from "./duties";

type Db = PrismaClient | Prisma.TransactionClient;

export type MonthValue = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  done: boolean | null;
  doneOn: string | null;
  explanation: string;
};
export type MonthReport = {
  id: number;
  state: ReportState;
  version: number;
  progress: string;
  problems: string;
  nextSteps: string;
  values: Map<number, MonthValue>;
};
/** A point the unit reports on, with this month's report (if any) and last month's approved values. */
export type MonthPoint = Duty & { report: MonthReport | null; lastApproved: Map<number, MonthValue> };

const VALUE_SELECT = {
  indicatorId: true,
  value: true,
  numerator: true,
  denominator: true,
  done: true,
  doneOn: true,
  explanation: true,
} as const;

function valueMap(rows: Prisma.ReportValueGetPayload<{ select: typeof VALUE_SELECT }>[]): Map<number, MonthValue> {
  return new Map(
    rows.map((row) => [
      row.indicatorId,
      {
        value: row.value?.toNumber() ?? null,
        numerator: row.numerator?.toNumber() ?? null,
        denominator: row.denominator?.toNumber() ?? null,
        done: row.done,
        doneOn: row.doneOn && dayOfDateColumn(row.doneOn),
        explanation: row.explanation,
      },
    ]),
  );
}

/** Everything a unit's month looks like, for the Excel template and for checking the file that comes back. */
export async function loadUnitMonth(db: Db, unitId: number, period: string): Promise<MonthPoint[]> {
  const duties = await listDuties(db, unitId, period);
  const pointIds = duties.map((duty) => duty.pointId);
  const [current, previous] = await Promise.all([
    db.report.findMany({
      where: { unitId, period, pointId: { in: pointIds } },
      select: {
        id: true,
        pointId: true,
        state: true,
        version: true,
        progress: true,
        problems: true,
        nextSteps: true,
        values: { select: VALUE_SELECT },
      },
    }),
    db.report.findMany({
      where: { unitId, period: previousPeriod(period), state: "APPROVED", pointId: { in: pointIds } },
      select: { pointId: true, values: { select: VALUE_SELECT } },
    }),
  ]);
  const reports = new Map(
    current.map(({ pointId, values, ...report }) => [pointId, { ...report, values: valueMap(values) }]),
  );
  const approved = new Map(previous.map((report) => [report.pointId, valueMap(report.values)]));
  return duties.map((duty) => ({
    ...duty,
    report: reports.get(duty.pointId) ?? null,
    lastApproved: approved.get(duty.pointId) ?? new Map(),
  }));
}
