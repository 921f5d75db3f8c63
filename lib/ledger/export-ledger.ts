// The 督办台账 of a month and filters: the dashboard's progress (the one formula), the month's
// reports, the rows, the file. The caller's right (dashboard.readAll) is asked at the door.
import "server-only";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { getPrisma } from "@/lib/db";
import { formatPeriod } from "@/lib/time/format";
import { listLedgerNarratives, listPointTexts } from "./ledger-narratives";
import type { LedgerQuery } from "./ledger-query";
import { buildLedger, type LedgerPoint } from "./ledger-rows";
import { ledgerWorkbook } from "./ledger-workbook";

export type Ledger = { progress: PlanProgress; ledger: LedgerPoint[] };

/** The ledger's rows, or null when the year has no plan (or the month is not of it). */
export async function getLedger(query: LedgerQuery): Promise<Ledger | null> {
  const db = getPrisma();
  const progress = await getPlanProgress(db, query.year, query.period);
  if (!progress) return null;
  const [narratives, pointTexts] = await Promise.all([
    listLedgerNarratives(db, query.year, query.period),
    listPointTexts(db, query.year),
  ]);
  return { progress, ledger: buildLedger(progress, query, { narratives, pointTexts }) };
}

export type LedgerFile = { body: Buffer; filename: string; asciiFilename: string };

export async function exportLedger(query: LedgerQuery): Promise<LedgerFile | null> {
  const found = await getLedger(query);
  if (!found) return null;
  return {
    body: await ledgerWorkbook(found.progress, query, found.ledger),
    filename: `督办台账-${formatPeriod(query.period)}.xlsx`,
    asciiFilename: `ledger-${query.period}.xlsx`,
  };
}
