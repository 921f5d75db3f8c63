import "server-only";
import { getPrisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-type";
import { unitFilter } from "@/lib/policy";

/**
 * A unit's responsibilities: points it leads or supports and its quotas. The viewer's scope is in
 * the `where`: a county asking for another county's unit gets null, as for a unit that does not exist.
 */
export async function getUnitTasks(viewer: Viewer, code: string) {
  const scope = unitFilter(viewer, "unitTasks.read");
  if (!scope || !/^[a-z0-9-]{1,32}$/.test(code)) return null;
  return getPrisma().unit.findFirst({
    where: { code, ...(scope.unitId === undefined ? {} : { id: scope.unitId }) },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      ledPoints: {
        orderBy: [{ plan: { year: "desc" } }, { no: "asc" }],
        select: { no: true, title: true, plan: { select: { year: true } } },
      },
      supportingPoints: {
        orderBy: { point: { no: "asc" } },
        select: { point: { select: { no: true, title: true, plan: { select: { year: true } } } } },
      },
      quotas: {
        orderBy: [{ indicator: { point: { no: "asc" } } }, { indicator: { sortOrder: "asc" } }],
        select: {
          target: true,
          isDemo: true,
          indicator: {
            select: {
              name: true,
              unit: true,
              point: { select: { no: true, title: true, plan: { select: { year: true } } } },
            },
          },
        },
      },
    },
  });
}

export type UnitTasks = NonNullable<Awaited<ReturnType<typeof getUnitTasks>>>;

export async function listUnitsWithTasks(viewer: Viewer) {
  const scope = unitFilter(viewer, "unitTasks.read");
  if (!scope) return [];
  return getPrisma().unit.findMany({
    where: { kind: { not: "BUREAU" }, ...(scope.unitId === undefined ? {} : { id: scope.unitId }) },
    orderBy: { sortOrder: "asc" },
    select: { code: true, name: true, kind: true, _count: { select: { ledPoints: true, quotas: true } } },
  });
}
