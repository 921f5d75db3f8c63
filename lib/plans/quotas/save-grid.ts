// Saving the quota grid as typed: every cell checked (parseQuotaCell, the grid's own check), then
// all of it in one transaction through applyQuotaChanges, or nothing with every problem named.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { type AppliedQuotas, applyQuotaChanges, listProblems, type QuotaChanges } from "./apply-quotas";
import { listCounties } from "./load-grid";
import { parseQuotaCell } from "./quota-cell";
import type { SaveQuotaGridInput } from "./schemas";

export async function saveQuotaGrid(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: SaveQuotaGridInput,
): Promise<AppliedQuotas> {
  return db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUnique({
        where: { year: input.year },
        select: { id: true, year: true, status: true },
      });
      if (!plan) throw new UserError(`没有${input.year}年的工作要点。`);
      const indicators = new Map(
        (
          await tx.indicator.findMany({
            where: { id: { in: input.rows.map((row) => row.indicatorId) } },
            select: { id: true, name: true, wholeNumbers: true },
          })
        ).map((indicator) => [indicator.id, indicator]),
      );
      const countyNames = new Map((await listCounties(tx)).map((county) => [county.id, county.name]));
      const problems: string[] = [];
      const changes: QuotaChanges = new Map();
      for (const row of input.rows) {
        const indicator = indicators.get(row.indicatorId);
        if (!indicator) {
          problems.push(`指标(编号 ${row.indicatorId})不存在。`);
          continue;
        }
        const cells = new Map<number, string | null>();
        for (const cell of row.cells) {
          const parsed = parseQuotaCell(cell.value, indicator);
          if (parsed.ok) cells.set(cell.unitId, parsed.value);
          else problems.push(`「${indicator.name}」${countyNames.get(cell.unitId) ?? ""}:${parsed.message}`);
        }
        changes.set(indicator.id, cells);
      }
      if (problems.length > 0) throw new UserError(listProblems(problems));
      return applyQuotaChanges(tx, viewer, context, plan, changes, input.reason);
    },
    { timeout: 30_000 },
  );
}
