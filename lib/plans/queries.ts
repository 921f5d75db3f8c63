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
              // A retired indicator is no longer part of the year's targets (its point page keeps it, greyed).
              indicators: {
                where: { retiredAt: null },
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
