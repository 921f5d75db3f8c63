// What every change to a plan's setup reads first, inside its transaction: the thing changed, the
// plan it belongs to (draft or published) and how many reports already depend on it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

const planSelect = { select: { id: true, year: true, status: true } } as const;

export async function loadPointForChange(tx: Tx, pointId: number) {
  const point = await tx.workPoint.findUnique({
    where: { id: pointId },
    select: {
      id: true,
      no: true,
      title: true,
      kind: true,
      leadUnitId: true,
      leadUnit: { select: { code: true, name: true } },
      supportingUnits: { select: { unit: { select: { id: true, code: true, name: true } } } },
      plan: planSelect,
    },
  });
  if (!point) throw new UserError("该要点不存在。");
  return point;
}

export async function loadIndicatorForChange(tx: Tx, indicatorId: number) {
  const indicator = await tx.indicator.findUnique({
    where: { id: indicatorId },
    include: {
      point: { select: { id: true, no: true, leadUnitId: true, plan: planSelect } },
    },
  });
  if (!indicator) throw new UserError("该指标不存在。");
  return indicator;
}

export type IndicatorForChange = Awaited<ReturnType<typeof loadIndicatorForChange>>;

/** Reports (of any unit, in any state) that carry a value for the indicator. */
export const countIndicatorReports = (tx: Tx, indicatorId: number, where: Prisma.ReportWhereInput = {}) =>
  tx.report.count({ where: { ...where, values: { some: { indicatorId } } } });

/** Refuses a name the point already has (another indicator or milestone). */
export async function assertNameFree(tx: Tx, pointId: number, name: string, exceptId?: number) {
  const clash = await tx.indicator.findFirst({
    where: { pointId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new UserError(`本条要点已有名为「${name}」的指标,请换一个名称。`, { field: "name" });
}

/** A due day inside the plan's year. */
export function assertDueInYear(dueOn: string, year: number, field = "dueOn") {
  if (!dueOn.startsWith(`${year}-`)) throw new UserError(`完成时限须在${year}年内。`, { field });
}
