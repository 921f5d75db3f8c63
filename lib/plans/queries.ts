import "server-only";
import { getPrisma } from "@/lib/db";

export async function listPlans() {
  return getPrisma().plan.findMany({ select: { year: true, title: true }, orderBy: { year: "desc" } });
}

export async function getPlanOverview(year: number) {
  return getPrisma().plan.findUnique({
    where: { year },
    select: {
      year: true,
      title: true,
      docNumber: true,
      issuer: true,
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
              leadUnit: { select: { name: true } },
              indicators: {
                orderBy: { sortOrder: "asc" },
                select: { name: true, unit: true, target: true, direction: true, kind: true },
              },
            },
          },
        },
      },
    },
  });
}

export type PlanOverview = NonNullable<Awaited<ReturnType<typeof getPlanOverview>>>;

export async function getPointDetail(year: number, no: number) {
  const point = await getPrisma().workPoint.findFirst({
    where: { no, plan: { year } },
    select: {
      no: true,
      title: true,
      text: true,
      plan: { select: { year: true, title: true, _count: { select: { points: true } } } },
      section: { select: { no: true, title: true } },
      leadUnit: { select: { name: true } },
      supportingUnits: { orderBy: { unit: { sortOrder: "asc" } }, select: { unit: { select: { name: true } } } },
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
          quotaMode: true,
          quotas: {
            orderBy: { unit: { sortOrder: "asc" } },
            select: { target: true, isDemo: true, unit: { select: { name: true } } },
          },
        },
      },
    },
  });
  return point;
}

export type PointDetail = NonNullable<Awaited<ReturnType<typeof getPointDetail>>>;
