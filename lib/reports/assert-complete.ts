// The server's word on sending a report: whatever door the step came through (the form, the step
// buttons, a script), a report with a blank figure or without 进展情况 / 本月无新进展 is not sent.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listDuties } from "./duties";
import { ValueProblemsError } from "./errors";
import { missingValueProblems, narrativeProblems } from "./required-values";

type Sendable = {
  id: number;
  unitId: number;
  pointId: number;
  period: string;
  progress: string;
  noProgress: boolean;
  noProgressReason: string;
};

/** Refuses (beside each field: "values.<i>.<field>" in the form's order, "progress", …) what is missing. */
export async function assertComplete(tx: Prisma.TransactionClient, report: Sendable): Promise<void> {
  const duty = (await listDuties(tx, report.unitId, report.period)).find((d) => d.pointId === report.pointId);
  const rows = await tx.reportValue.findMany({
    where: { reportId: report.id },
    select: { indicatorId: true, value: true, numerator: true, denominator: true, done: true },
  });
  const byIndicator = new Map(
    rows.map((row) => [
      row.indicatorId,
      {
        value: row.value?.toNumber() ?? null,
        numerator: row.numerator?.toNumber() ?? null,
        denominator: row.denominator?.toNumber() ?? null,
        done: row.done,
      },
    ]),
  );
  const fieldErrors: Record<string, string[]> = {};
  const texts: string[] = [];
  for (const [index, indicator] of (duty?.indicators ?? []).entries())
    for (const problem of missingValueProblems(indicator, byIndicator.get(indicator.id))) {
      (fieldErrors[`values.${index}.${problem.field}`] ??= []).push(problem.message);
      texts.push(problem.text);
    }
  for (const problem of narrativeProblems(report, true)) {
    (fieldErrors[problem.field === "progress" ? "narrative.progress" : problem.field] ??= []).push(problem.message);
    texts.push(problem.message);
  }
  if (texts.length) throw new ValueProblemsError(`以下内容须填写后才能提交:\n${texts.join("\n")}`, fieldErrors);
}
