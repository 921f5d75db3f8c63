// "取上年末审核值": each reporting unit's 年初值 is its last approved value of the same indicator in
// the previous year's plan (matched by point number and name, else by name alone): the latest
// month that unit had approved. Units without one keep what they had and are named in the answer.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven } from "@/lib/plans/plan-change";
import type { BaselineParts } from "./baseline-words";
import { type IndicatorForChange, loadIndicatorForChange } from "./load-for-change";
import { reportingUnitsOf } from "./reporting-units";
import { writeBaselines } from "./write-baselines";

const num = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

async function previousIndicatorOf(tx: Prisma.TransactionClient, indicator: IndicatorForChange) {
  const year = indicator.point.plan.year - 1;
  const plan = await tx.plan.findUnique({ where: { year }, select: { id: true } });
  if (!plan) throw new UserError(`没有${year}年的工作要点,无法取上年末审核值。`);
  const select = { id: true, kind: true } as const;
  const previous =
    (await tx.indicator.findFirst({
      where: { name: indicator.name, point: { planId: plan.id, no: indicator.point.no } },
      select,
    })) ??
    (await tx.indicator.findFirst({
      where: { name: indicator.name, point: { planId: plan.id } },
      select,
      orderBy: { id: "asc" },
    }));
  if (!previous) throw new UserError(`${year}年工作要点中没有名为「${indicator.name}」的指标,请手工填写年初值。`);
  if (previous.kind !== indicator.kind)
    throw new UserError(`${year}年的「${indicator.name}」汇总方式不同,不能直接取用,请手工填写年初值。`);
  return previous;
}

export async function fillBaselinesFromPreviousYear(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: { indicatorId: number; reason: string },
): Promise<{ filled: string[]; missing: string[]; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const indicator = await loadIndicatorForChange(tx, input.indicatorId);
    assertReasonGiven(indicator.point.plan, input.reason);
    if (indicator.kind === "MILESTONE") throw new UserError("里程碑没有年初值。");
    const previous = await previousIndicatorOf(tx, indicator);
    const units = await reportingUnitsOf(tx, indicator);
    const wanted = new Map<number, BaselineParts>();
    const missing: string[] = [];
    for (const unit of units) {
      const last = await tx.reportValue.findFirst({
        where: { indicatorId: previous.id, report: { unitId: unit.id, state: "APPROVED" } },
        orderBy: { report: { period: "desc" } },
        select: { value: true, numerator: true, denominator: true },
      });
      const parts = last && {
        value: num(last.value),
        numerator: num(last.numerator),
        denominator: num(last.denominator),
      };
      const usable =
        parts && (indicator.kind === "SUM" ? parts.value !== null : parts.numerator !== null && parts.denominator);
      if (usable) wanted.set(unit.id, parts);
      else missing.push(unit.name);
    }
    const changed = await writeBaselines(tx, {
      indicator,
      units: new Map(units.map((unit) => [unit.id, unit.name])),
      wanted,
      source: "PREVIOUS_YEAR",
      viewer,
      context,
      reason: input.reason,
      action: "plan.baseline.previous-year",
    });
    const filled = units.filter((unit) => wanted.has(unit.id)).map((unit) => unit.name);
    return { filled, missing, changed };
  });
}
