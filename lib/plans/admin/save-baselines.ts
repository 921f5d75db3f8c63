// 年初值 typed by the supervisor, one row per reporting unit: a value for a sum, the numerator and
// denominator for a rate or ratio (the rate is derived, as for reports). An emptied row removes
// the unit's baseline. Every row is checked before anything is written.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { assertReasonGiven } from "@/lib/plans/plan-change";
import type { BaselineParts } from "./baseline-words";
import { loadIndicatorForChange } from "./load-for-change";
import { reportingUnitsOf } from "./reporting-units";
import type { SaveBaselinesInput } from "./schemas";
import { writeBaselines } from "./write-baselines";

type Row = SaveBaselinesInput["rows"][number];

function checkRow(row: Row, index: number, kind: string, whole: boolean, unitName: string): BaselineParts | null {
  const field = (name: string) => ({ field: `rows.${index}.${name}` });
  if (kind === "SUM") {
    if (row.value === null) return null;
    if (whole && !Number.isInteger(row.value))
      throw new UserError(`${unitName}的年初值须为整数(该指标按整数计)。`, field("value"));
    return { value: row.value, numerator: null, denominator: null };
  }
  if (row.numerator === null && row.denominator === null) return null;
  if (row.numerator === null) throw new UserError(`${unitName}:请同时填写分子和分母。`, field("numerator"));
  if (row.denominator === null || row.denominator === 0)
    throw new UserError(`${unitName}:分母须大于 0。`, field("denominator"));
  if (kind === "RATE" && row.numerator > row.denominator)
    throw new UserError(`${unitName}:分子不能大于分母。`, field("numerator"));
  return { value: null, numerator: row.numerator, denominator: row.denominator };
}

export async function saveBaselines(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: SaveBaselinesInput,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const indicator = await loadIndicatorForChange(tx, input.indicatorId);
    assertReasonGiven(indicator.point.plan, input.reason);
    if (indicator.kind === "MILESTONE") throw new UserError("里程碑没有年初值。");
    const units = new Map((await reportingUnitsOf(tx, indicator)).map((unit) => [unit.id, unit.name]));
    const wanted = new Map<number, BaselineParts | null>();
    input.rows.forEach((row, index) => {
      const name = units.get(row.unitId);
      if (!name) throw new UserError("只能为报送该指标的单位填写年初值。");
      wanted.set(row.unitId, checkRow(row, index, indicator.kind, indicator.wholeNumbers, name));
    });
    const changed = await writeBaselines(tx, {
      indicator,
      units,
      wanted,
      source: "TYPED",
      viewer,
      context,
      reason: input.reason,
      action: "plan.baseline.update",
    });
    return { changed };
  });
}
