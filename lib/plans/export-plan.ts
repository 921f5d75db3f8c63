import "server-only";
import { getPrisma } from "@/lib/db";
import type { AggregationKind, Direction } from "./plan-data";

export type PlanExport = {
  year: number;
  title: string;
  docNumber: string;
  issuedAt: string;
  sections: {
    no: number;
    title: string;
    points: {
      no: number;
      title: string;
      text: string;
      leadUnit: string;
      indicators: {
        name: string;
        unit: string;
        target: number;
        direction: Direction;
        kind: AggregationKind;
        quotas: { unit: string; target: number }[];
      }[];
    }[];
  }[];
};

/** The plan as the machine-readable document of `plan:export` and GET /api/v1/plans/{year}. */
export async function exportPlan(year: number): Promise<PlanExport | null> {
  const plan = await getPrisma().plan.findUnique({
    where: { year },
    select: {
      year: true,
      title: true,
      docNumber: true,
      issuedAt: true,
      sections: {
        orderBy: { no: "asc" },
        select: {
          no: true,
          title: true,
          points: {
            orderBy: { no: "asc" },
            select: {
              no: true,
              title: true,
              text: true,
              leadUnit: { select: { name: true } },
              indicators: {
                orderBy: { sortOrder: "asc" },
                select: {
                  name: true,
                  unit: true,
                  target: true,
                  direction: true,
                  kind: true,
                  quotas: {
                    orderBy: { unit: { sortOrder: "asc" } },
                    select: { target: true, unit: { select: { name: true } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  return {
    year: plan.year,
    title: plan.title,
    docNumber: plan.docNumber,
    issuedAt: plan.issuedAt.toISOString().slice(0, 10),
    sections: plan.sections.map((section) => ({
      no: section.no,
      title: section.title,
      points: section.points.map((point) => ({
        no: point.no,
        title: point.title,
        text: point.text,
        leadUnit: point.leadUnit.name,
        indicators: point.indicators.map((indicator) => ({
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.target.toNumber(),
          direction: indicator.direction,
          kind: indicator.kind,
          quotas: indicator.quotas.map((quota) => ({ unit: quota.unit.name, target: quota.target.toNumber() })),
        })),
      })),
    })),
  };
}
