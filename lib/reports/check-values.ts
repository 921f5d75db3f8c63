import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previousPeriod } from "@/lib/time/periods";
import type { DutyIndicator } from "./duties";
import type { SaveReportInput } from "./schemas";
import {
  cumulativeOf,
  type Implausibility,
  implausibilityOf,
  measuredOf,
  type ValueProblem,
  valueProblems,
} from "./value-rules";

/** A problem of the index-th value of the input. */
export type RowProblem = ValueProblem & { index: number };
/** A value beyond belief that came with its 说明: saved, flagged to the reviewers and audited. */
export type FlaggedValue = {
  index: number;
  indicatorId: number;
  indicator: string;
  value: number;
  quota: number;
  lastApproved: number | null;
  reason: Implausibility;
};
export type ValueCheck = { problems: RowProblem[]; flagged: FlaggedValue[] };

/**
 * The checks that need the plan or last month (lib/reports/value-rules.ts): each value belongs to
 * one of the unit's indicators in the right form, whole things are whole, rates stay within 0–100%,
 * a milestone's date is real, and a value beyond belief comes with a 说明. Every door calls this.
 */
export async function checkValues(
  tx: Prisma.TransactionClient,
  unitId: number,
  period: string,
  indicators: DutyIndicator[],
  values: SaveReportInput["values"],
  today: string,
): Promise<ValueCheck> {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const lastApproved = new Map(
    (
      await tx.reportValue.findMany({
        where: {
          indicatorId: { in: indicators.map((indicator) => indicator.id) },
          report: { unitId, period: previousPeriod(period), state: "APPROVED" },
        },
        select: { indicatorId: true, value: true, numerator: true },
      })
    ).map((row) => [row.indicatorId, (row.value ?? row.numerator)?.toNumber() ?? null]),
  );
  const problems: RowProblem[] = [];
  const flagged: FlaggedValue[] = [];
  for (const [index, row] of values.entries()) {
    const indicator = byId.get(row.indicatorId);
    if (!indicator) {
      const message = "含有不属于本要点的指标。";
      problems.push({ index, field: "value", message, text: message });
      continue;
    }
    const previous = lastApproved.get(row.indicatorId) ?? null;
    const found = valueProblems(indicator, row, { period, today, lastApproved: previous });
    problems.push(...found.map((problem) => ({ ...problem, index })));
    const reason = implausibilityOf(indicator, row, previous);
    if (reason && found.length === 0)
      flagged.push({
        index,
        indicatorId: indicator.id,
        indicator: indicator.name,
        value: (reason === "OVER_TARGET" ? measuredOf(indicator, row) : cumulativeOf(indicator, row)) ?? 0,
        quota: indicator.target,
        lastApproved: previous,
        reason,
      });
  }
  return { problems, flagged };
}
