// The closure window of closure-window.ts as SQL, for the dashboard's duty statements.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE } from "@/lib/time/days";

/**
 * SQL: the point is closed for the unit in the period (its point-level close-out, as closingWhere).
 * The arguments are trusted column expressions of the caller's query, e.g. `d."unitId"`.
 */
export function pointClosedSql(unitId: string, pointId: string, period: string): Prisma.Sql {
  const cutoff = Prisma.raw(
    `(((to_date(${period}, 'YYYY-MM') + interval '2 months')::timestamp AT TIME ZONE '${TIME_ZONE}') AT TIME ZONE 'UTC')`,
  );
  return Prisma.sql`EXISTS (SELECT 1 FROM "Closeout" c
     WHERE c."unitId" = ${Prisma.raw(unitId)} AND c."pointId" = ${Prisma.raw(pointId)} AND c."indicatorId" IS NULL
       AND c.state IN ('CLOSED', 'REOPENED') AND c."closedAt" < ${cutoff}
       AND (c."reopenedAt" IS NULL OR c."reopenedAt" >= ${cutoff}))`;
}
