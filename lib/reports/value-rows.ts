import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { previousPeriod } from "@/lib/time/periods";
import type { DutyIndicator } from "./duties";

type Db = PrismaClient | Prisma.TransactionClient;

/** One indicator's reported value, as plain numbers and an ISO date for the page and the form. */
export type ValueView = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  done: boolean | null;
  doneOn: string | null;
  explanation: string;
  /** Saved beyond belief (with its 说明): flagged to the reviewers. */
  implausible: boolean;
};

/** An indicator the unit reports, with this month's value and last month's approved one. */
export type IndicatorRow = DutyIndicator & { current: ValueView | null; lastApproved: ValueView | null };

export const VALUE_SELECT = {
  indicatorId: true,
  value: true,
  numerator: true,
  denominator: true,
  done: true,
  doneOn: true,
  explanation: true,
  implausible: true,
} as const;

type ValueRecord = Prisma.ReportValueGetPayload<{ select: typeof VALUE_SELECT }>;

export function valueView(row: ValueRecord): ValueView {
  return {
    value: row.value?.toNumber() ?? null,
    numerator: row.numerator?.toNumber() ?? null,
    denominator: row.denominator?.toNumber() ?? null,
    done: row.done,
    doneOn: row.doneOn ? row.doneOn.toISOString().slice(0, 10) : null,
    explanation: row.explanation,
    implausible: row.implausible,
  };
}

export const valuesByIndicator = (rows: ValueRecord[]) => new Map(rows.map((row) => [row.indicatorId, valueView(row)]));

/** Last month's approved values of a unit, per point and indicator: what this month's cumulative values continue from. */
export async function lastApprovedValues(
  db: Db,
  unitId: number,
  period: string,
  pointIds: number[],
): Promise<Map<number, Map<number, ValueView>>> {
  const reports = await db.report.findMany({
    where: { unitId, period: previousPeriod(period), state: "APPROVED", pointId: { in: pointIds } },
    select: { pointId: true, values: { select: VALUE_SELECT } },
  });
  return new Map(reports.map((report) => [report.pointId, valuesByIndicator(report.values)]));
}

export function indicatorRows(
  indicators: DutyIndicator[],
  current: Map<number, ValueView> | undefined,
  lastApproved: Map<number, ValueView> | undefined,
): IndicatorRow[] {
  return indicators.map((indicator) => ({
    ...indicator,
    current: current?.get(indicator.id) ?? null,
    lastApproved: lastApproved?.get(indicator.id) ?? null,
  }));
}
