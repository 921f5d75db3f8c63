// The month's reports of a plan as the ledger reads them, and its points' verbatim text.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ARRIVALS, DECISIONS, type LedgerNarrative, narrativeKey, narrativeOf } from "./narrative-of";

type Db = PrismaClient | Prisma.TransactionClient;

/** Every report of the plan's month, keyed by unit code and point, in two statements. */
export async function listLedgerNarratives(
  db: Db,
  year: number,
  period: string,
): Promise<Map<string, LedgerNarrative>> {
  const reports = await db.report.findMany({
    where: { period, point: { plan: { year } } },
    select: {
      pointId: true,
      unit: { select: { code: true } },
      state: true,
      progress: true,
      problems: true,
      nextSteps: true,
      submittedAt: true,
      events: {
        where: { action: { in: [...ARRIVALS, ...DECISIONS] } },
        orderBy: { id: "desc" },
        take: 6,
        select: { id: true, action: true, at: true, snapshot: true },
      },
    },
  });
  return new Map(reports.map((report) => [narrativeKey(report.unit.code, report.pointId), narrativeOf(report)]));
}

/** The verbatim text of each point of the plan, for the ledger's 工作任务 column. */
export async function listPointTexts(db: Db, year: number): Promise<Map<number, string>> {
  const points = await db.workPoint.findMany({ where: { plan: { year } }, select: { id: true, text: true } });
  return new Map(points.map((point) => [point.id, point.text]));
}
