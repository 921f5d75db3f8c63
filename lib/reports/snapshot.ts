import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { dayOfDateColumn } from "@/lib/time/days";

type Db = Prisma.TransactionClient;

export type ReportSnapshot = {
  state: ReportState;
  version: number;
  revision: number;
  progress: string;
  problems: string;
  nextSteps: string;
  /** 本月无新进展 and its reason; absent from snapshots taken before they were kept. */
  noProgress?: boolean;
  noProgressReason?: string;
  values: {
    indicator: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    done: boolean | null;
    /** A milestone's completion day; absent from snapshots taken before it was kept. */
    doneOn?: string | null;
    explanation: string;
  }[];
};

/** What the report says now: kept in its history and in the audit trail's before/after. */
export async function snapshotReport(db: Db, reportId: number): Promise<ReportSnapshot> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      state: true,
      version: true,
      revision: true,
      progress: true,
      problems: true,
      nextSteps: true,
      noProgress: true,
      noProgressReason: true,
      values: {
        orderBy: { indicator: { sortOrder: "asc" } },
        select: {
          value: true,
          numerator: true,
          denominator: true,
          done: true,
          doneOn: true,
          explanation: true,
          indicator: { select: { name: true } },
        },
      },
    },
  });
  return {
    ...report,
    values: report.values.map((row) => ({
      indicator: row.indicator.name,
      value: row.value?.toNumber() ?? null,
      numerator: row.numerator?.toNumber() ?? null,
      denominator: row.denominator?.toNumber() ?? null,
      done: row.done,
      doneOn: row.doneOn && dayOfDateColumn(row.doneOn),
      explanation: row.explanation,
    })),
  };
}
