import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previousPeriod } from "@/lib/time/periods";
import type { DutyIndicator } from "./duties";
import type { SaveReportInput } from "./schemas";

/**
 * The checks that need the plan or last month: each value belongs to one of the unit's indicators
 * in the right form, rates stay within 0–100%, and a cumulative value below last month's approved
 * one comes with an explanation. Returns problems in Chinese, naming the indicator.
 */
export async function checkValues(
  tx: Prisma.TransactionClient,
  unitId: number,
  period: string,
  indicators: DutyIndicator[],
  values: SaveReportInput["values"],
): Promise<string[]> {
  const problems: string[] = [];
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
  for (const row of values) {
    const indicator = byId.get(row.indicatorId);
    if (!indicator) {
      problems.push("含有不属于本要点的指标。");
      continue;
    }
    const name = `「${indicator.name}」`;
    if (indicator.kind === "RATE" || indicator.kind === "RATIO") {
      const hasBoth = row.numerator != null && row.denominator != null;
      if ((row.numerator != null) !== (row.denominator != null)) problems.push(`${name}须同时填写分子和分母。`);
      if (hasBoth && row.denominator === 0) problems.push(`${name}的分母不能为 0。`);
      if (hasBoth && indicator.kind === "RATE" && row.numerator! > row.denominator!)
        problems.push(`${name}的比率不能超过 100%(分子大于分母)。`);
    }
    const current = indicator.kind === "SUM" ? row.value : indicator.kind === "MILESTONE" ? null : row.numerator;
    const previous = lastApproved.get(row.indicatorId);
    if (current != null && previous != null && current < previous && row.explanation.trim() === "") {
      problems.push(`${name}的累计值 ${current} 低于上月已审核的 ${previous},请填写说明。`);
    }
  }
  return problems;
}
