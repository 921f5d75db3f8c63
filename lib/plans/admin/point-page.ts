// What the point page shows: the point, its indicators and milestones with how each is measured
// (rule, whole numbers, split, baselines), retired ones included, and whether the plan is published.
import "server-only";
import { getPrisma } from "@/lib/db";
import { dayOfDateColumn } from "@/lib/time/days";
import { baselineInWords } from "./baseline-words";

export async function getPointPage(year: number, no: number) {
  const point = await getPrisma().workPoint.findFirst({
    where: { no, plan: { year } },
    select: {
      id: true,
      no: true,
      title: true,
      text: true,
      kind: true,
      plan: { select: { year: true, title: true, status: true, _count: { select: { points: true } } } },
      section: { select: { no: true, title: true } },
      leadUnit: { select: { code: true, name: true } },
      supportingUnits: {
        orderBy: { unit: { sortOrder: "asc" } },
        select: { unit: { select: { code: true, name: true } } },
      },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          name: true,
          unit: true,
          target: true,
          direction: true,
          kind: true,
          sourceText: true,
          rule: true,
          dueOn: true,
          wholeNumbers: true,
          quotaMode: true,
          retiredAt: true,
          retiredReason: true,
          quotas: {
            orderBy: { unit: { sortOrder: "asc" } },
            select: { target: true, isDemo: true, unit: { select: { name: true } } },
          },
          baselines: {
            orderBy: { unit: { sortOrder: "asc" } },
            select: { value: true, numerator: true, denominator: true, unit: { select: { name: true } } },
          },
          _count: { select: { values: true } },
        },
      },
    },
  });
  if (!point) return null;
  const num = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());
  return {
    ...point,
    indicators: point.indicators.map((indicator) => ({
      ...indicator,
      dueOn: indicator.dueOn ? dayOfDateColumn(indicator.dueOn) : null,
      reported: indicator._count.values > 0,
      baselineWords: indicator.baselines.map(
        (row) =>
          `${row.unit.name} ${baselineInWords(indicator.kind, indicator.unit, {
            value: num(row.value),
            numerator: num(row.numerator),
            denominator: num(row.denominator),
          })}`,
      ),
    })),
  };
}

export type PointPage = NonNullable<Awaited<ReturnType<typeof getPointPage>>>;
export type PointPageIndicator = PointPage["indicators"][number];
