// What the suite was told it wrote: every workflow step answered 200 with the version it produced.
// The database must hold each one as the event of that step at that version (nothing lost); the
// invariants find a step taken twice (nothing duplicated).
import type { PrismaClient } from "../../lib/generated/prisma/client";

type Acknowledged = { reportId: number; step: string; version: number };

export class SubmissionLedger {
  private readonly acknowledged: Acknowledged[] = [];

  record(reportId: number, step: string, version: number): void {
    this.acknowledged.push({ reportId, step, version });
  }

  get size(): number {
    return this.acknowledged.length;
  }

  /** "report 12 sign v4" for each acknowledged step with no such event. */
  async findLost(db: PrismaClient): Promise<string[]> {
    if (!this.acknowledged.length) return [];
    const rows = await db.$queryRaw<{ reportId: number; action: string; version: number }[]>`
      SELECT "reportId", action, (snapshot->>'version')::int AS version FROM "ReportEvent"
      WHERE "reportId" = ANY(${[...new Set(this.acknowledged.map((entry) => entry.reportId))]}::int[])`;
    const held = new Set(rows.map((row) => `${row.reportId} ${row.action} v${row.version}`));
    return this.acknowledged
      .map((entry) => `${entry.reportId} ${entry.step} v${entry.version}`)
      .filter((key) => !held.has(key));
  }
}
