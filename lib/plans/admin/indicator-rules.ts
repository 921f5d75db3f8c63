// The checks an indicator's setup must pass before it is written, each refusal beside its field:
// a milestone is dated and reported by the lead department; a whole-number indicator has a whole
// target, and cannot become one while reported values, quotas or baselines hold fractions.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import type { ProgressRule } from "@/lib/plans/plan-data";
import { assertDueInYear } from "./load-for-change";
import type { IndicatorFields } from "./schemas";

export type CheckedFields = Omit<IndicatorFields, "dueOn" | "reason"> & { dueOn: string | null };

/** Only the indicator's own columns: the input also carries ids and the reason. */
const columnsOf = (fields: IndicatorFields) => ({
  name: fields.name,
  unit: fields.unit,
  target: fields.target,
  direction: fields.direction,
  kind: fields.kind,
  wholeNumbers: fields.wholeNumbers,
  quotaMode: fields.quotaMode,
  rule: fields.rule,
  sourceText: fields.sourceText,
});

/** The fields as they will be stored; refuses what does not fit together. */
export function checkIndicatorFields(fields: IndicatorFields, year: number, hasSchedule: boolean): CheckedFields {
  if (fields.kind === "MILESTONE" && fields.quotaMode !== "NONE")
    throw new UserError("里程碑不分解到县区,由牵头单位报送:分解方式请选“不分解”。", { field: "quotaMode" });
  if (fields.kind === "MILESTONE" && fields.rule !== "BY_DATE")
    throw new UserError("里程碑按完成时限考核:序时进度请选“限期完成”并填写日期。", { field: "rule" });
  if (fields.wholeNumbers && fields.kind !== "SUM")
    throw new UserError("只有累加指标(个、张、户、家等)按整数计;比率、人口比例和里程碑不勾选。", {
      field: "wholeNumbers",
    });
  if (fields.wholeNumbers && !Number.isInteger(fields.target))
    throw new UserError(`该指标按整数计,目标值须为整数(现为 ${formatNumber(fields.target)})。`, { field: "target" });
  if (fields.rule === "CURVE" && !hasSchedule)
    throw new UserError("自定义序时进度须先在该指标的序时进度页填写 12 个月的进度(保存后即采用)。", {
      field: "rule",
    });
  const rule: ProgressRule = fields.rule;
  if (rule === "BY_DATE") {
    if (!fields.dueOn) throw new UserError("限期完成须填写完成时限。", { field: "dueOn" });
    assertDueInYear(fields.dueOn, year);
  }
  return { ...columnsOf(fields), dueOn: rule === "BY_DATE" ? fields.dueOn || null : null };
}

/** Refuses whole numbers while a reported value, quota or baseline of the indicator is a fraction. */
export async function assertNoFractions(tx: Prisma.TransactionClient, indicatorId: number): Promise<void> {
  const [found] = await tx.$queryRaw<{ value: string; source: string }[]>`
    SELECT value::text AS value, source FROM (
      SELECT value, '已报送的数值' AS source FROM "ReportValue" WHERE "indicatorId" = ${indicatorId}
      UNION ALL SELECT target, '县区任务' FROM "Quota" WHERE "indicatorId" = ${indicatorId}
      UNION ALL SELECT value, '年初值' FROM "Baseline" WHERE "indicatorId" = ${indicatorId}
    ) AS numbers
    WHERE value IS NOT NULL AND value <> trunc(value)
    LIMIT 1`;
  if (found)
    throw new UserError(
      `${found.source}中有小数(如 ${formatNumber(Number(found.value))}),不能设为按整数计;请先更正这些数值。`,
      { field: "wholeNumbers" },
    );
}
