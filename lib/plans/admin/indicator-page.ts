// What the indicator's edit and baseline pages show: the indicator as stored, its point and plan,
// whether anyone reported on it (deleting is then refused), and its reporting units' 年初值.
import "server-only";
import { getPrisma } from "@/lib/db";
import { dayOfDateColumn } from "@/lib/time/days";
import { reportingUnitsOf } from "./reporting-units";

export async function getIndicatorPage(year: number, id: number) {
  const indicator = await getPrisma().indicator.findFirst({
    where: { id, point: { plan: { year } } },
    include: {
      point: {
        select: { id: true, no: true, title: true, leadUnitId: true, plan: { select: { year: true, status: true } } },
      },
      _count: { select: { values: true } },
    },
  });
  if (!indicator) return null;
  return {
    ...indicator,
    dueOn: indicator.dueOn ? dayOfDateColumn(indicator.dueOn) : null,
    published: indicator.point.plan.status === "PUBLISHED",
    reported: indicator._count.values > 0,
  };
}

export type IndicatorPage = NonNullable<Awaited<ReturnType<typeof getIndicatorPage>>>;

const text = (value: { toString(): string } | null) => (value === null ? "" : value.toString());

/** One row per reporting unit, with what is stored (blank where nothing is). */
export async function getBaselineRows(indicator: IndicatorPage) {
  const units = await reportingUnitsOf(getPrisma(), indicator);
  const stored = new Map(
    (await getPrisma().baseline.findMany({ where: { indicatorId: indicator.id } })).map((row) => [row.unitId, row]),
  );
  return units.map((unit) => {
    const row = stored.get(unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      value: text(row?.value ?? null),
      numerator: text(row?.numerator ?? null),
      denominator: text(row?.denominator ?? null),
      source: !row ? "未设" : row.source === "PREVIOUS_YEAR" ? "上年末审核值" : "手工填写",
    };
  });
}
