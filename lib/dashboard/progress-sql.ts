// The database's share of the progress numbers: sums over approved values and counts over reports,
// each one GROUP BY statement however many units, points and months there are. The formulas that
// turn these sums into completion and status live in progress-maths.ts, and nowhere else.
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { closureCutoff } from "@/lib/closure/closure-window";
import { pointClosedSql } from "@/lib/closure/closure-sql";

type Db = PrismaClient | Prisma.TransactionClient;

/** Who reports an indicator: the counties holding a quota of it, else the point's lead department. */
const reporters = (planId: number) => Prisma.sql`
  SELECT q."indicatorId", q."unitId" FROM "Quota" q
    JOIN "Indicator" i ON i.id = q."indicatorId" JOIN "WorkPoint" p ON p.id = i."pointId"
   WHERE p."planId" = ${planId} AND i."retiredAt" IS NULL
  UNION ALL
  SELECT i.id, p."leadUnitId" FROM "Indicator" i JOIN "WorkPoint" p ON p.id = i."pointId"
   WHERE p."planId" = ${planId} AND i."retiredAt" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "Quota" q WHERE q."indicatorId" = i.id)`;

export type SumsRow = {
  indicatorId: number;
  /** null on the indicator's total row (all its reporting units). */
  unitId: number | null;
  value: number;
  numerator: number;
  denominator: number;
  done: number;
  reported: number;
  reportId: number | null;
  period: string | null;
};

/**
 * Every approved value of the months firstPeriod..period. An approved report reopened for a
 * correction is not approved any more, but what was approved still stands until the correction
 * is: its values are read from the snapshot of its last approval (ReportEvent.snapshot).
 */
export const approvedValues = (firstPeriod: string, period: string) => Prisma.sql`
  SELECT r."unitId", r.period, r.id AS "reportId", v."indicatorId", v.value, v.numerator, v.denominator, v.done
    FROM "Report" r JOIN "ReportValue" v ON v."reportId" = r.id
   WHERE r.state = 'APPROVED' AND r.period BETWEEN ${firstPeriod} AND ${period}
  UNION ALL
  SELECT r."unitId", r.period, r.id, i.id, (x->>'value')::numeric, (x->>'numerator')::numeric, (x->>'denominator')::numeric, (x->>'done')::boolean
    FROM "Report" r
    JOIN LATERAL (SELECT e.snapshot FROM "ReportEvent" e WHERE e."reportId" = r.id AND e.action = 'approve' ORDER BY e.id DESC LIMIT 1) approval ON true
   CROSS JOIN LATERAL jsonb_array_elements(approval.snapshot -> 'values') x
    JOIN "Indicator" i ON i."pointId" = r."pointId" AND i.name = x ->> 'indicator'
   WHERE r.state <> 'APPROVED' AND r.revision > 1 AND r.period BETWEEN ${firstPeriod} AND ${period}`;

/**
 * Per indicator and reporting unit, the latest approved cumulative value up to the period (values
 * are cumulative, so an unfiled month falls back to the month before), summed per unit and per
 * indicator in one pass (GROUPING SETS).
 */
export function sumApprovedValues(db: Db, planId: number, firstPeriod: string, period: string): Promise<SumsRow[]> {
  // MATERIALIZED: inlined, the planner (misled by fresh statistics after a bulk load) re-ran the
  // reporters subquery for every approved report, 5–7× slower than computing the small set once.
  return db.$queryRaw<SumsRow[]>`
    WITH reporters AS MATERIALIZED (${reporters(planId)}),
    approved AS (${approvedValues(firstPeriod, period)}),
    latest AS (
      SELECT DISTINCT ON (a."indicatorId", a."unitId") a."indicatorId", a."unitId", a."reportId", a.period,
             a.value, a.numerator, a.denominator, a.done
        FROM reporters w
        JOIN approved a ON a."unitId" = w."unitId" AND a."indicatorId" = w."indicatorId"
       WHERE a.value IS NOT NULL OR a.numerator IS NOT NULL OR a.done IS NOT NULL
       ORDER BY a."indicatorId", a."unitId", a.period DESC
    )
    SELECT "indicatorId", CASE WHEN GROUPING("unitId") = 1 THEN NULL ELSE "unitId" END AS "unitId",
           COALESCE(SUM(value), 0)::float8 AS value, COALESCE(SUM(numerator), 0)::float8 AS numerator,
           COALESCE(SUM(denominator), 0)::float8 AS denominator,
           (COUNT(*) FILTER (WHERE done))::int AS done, COUNT(*)::int AS reported,
           MAX("reportId") AS "reportId", MAX(period) AS period
      FROM latest
     GROUP BY GROUPING SETS (("indicatorId", "unitId"), ("indicatorId"))`;
}

/**
 * Every (unit, point, month) that must be reported up to the period, with its due day and what was
 * filed: nothing of a draft plan, nothing before the month the plan was published from, nothing of
 * a retired indicator, nothing of a point the unit has closed (办结销号, lib/closure) from the month
 * it took effect (listDuties in lib/reports/duties.ts asks the same questions of one unit).
 */
const filedReports = (planId: number, firstPeriod: string, period: string, dueDay: number) => Prisma.sql`
  published AS (SELECT "firstPeriod" FROM "Plan" WHERE id = ${planId} AND status = 'PUBLISHED'),
  duties AS (
    SELECT DISTINCT q."unitId", i."pointId" FROM "Quota" q
      JOIN "Indicator" i ON i.id = q."indicatorId" JOIN "WorkPoint" p ON p.id = i."pointId"
     WHERE p."planId" = ${planId} AND i."retiredAt" IS NULL AND EXISTS (SELECT 1 FROM published)
    UNION
    SELECT p."leadUnitId", p.id FROM "WorkPoint" p WHERE p."planId" = ${planId} AND EXISTS (SELECT 1 FROM published)
  ),
  months AS (
    SELECT to_char(m, 'YYYY-MM') AS period
      FROM published,
           generate_series(to_date(GREATEST(${firstPeriod}, published."firstPeriod"), 'YYYY-MM'),
                           to_date(${period}, 'YYYY-MM'), interval '1 month') m
  ),
  expected AS (
    SELECT d."unitId", d."pointId", m.period,
           COALESCE((SELECT max(e."requestedDue") FROM "DueDateExtension" e
                      WHERE e."unitId" = d."unitId" AND e.period = m.period AND e.state = 'GRANTED'),
                    (to_date(m.period, 'YYYY-MM') + interval '1 month')::date + ${dueDay - 1}::int) AS due
      FROM duties d CROSS JOIN months m
     WHERE NOT ${pointClosedSql('d."unitId"', 'd."pointId"', "m.period")}
  ),
  filed AS (
    SELECT x.*, r.id AS "reportId", r.state, r."submittedAt" IS NOT NULL AS "reachedCity",
           (SELECT min(ev.at) FROM "ReportEvent" ev WHERE ev."reportId" = r.id AND ev."toState" = 'SUBMITTED') AS "firstSubmittedAt"
      FROM expected x
      LEFT JOIN "Report" r ON r."unitId" = x."unitId" AND r."pointId" = x."pointId" AND r.period = x.period
  )`;

export type ReportStatsRow = {
  unitId: number;
  reportsDue: number;
  reportsOnTime: number;
  overdueReports: number;
  expected: number;
  approved: number;
};

/**
 * Per reporting unit: reports whose due day has passed by `today` (a day in Asia/Shanghai), those
 * first submitted by their due day (a granted extension counts), those still not submitted, and the
 * period's expected and approved reports.
 */
export function countReports(
  db: Db,
  planId: number,
  firstPeriod: string,
  period: string,
  today: string,
  dueDay: number,
): Promise<ReportStatsRow[]> {
  return db.$queryRaw<ReportStatsRow[]>`
    WITH ${filedReports(planId, firstPeriod, period, dueDay)}
    SELECT "unitId",
           (COUNT(*) FILTER (WHERE due < ${today}::date))::int AS "reportsDue",
           (COUNT(*) FILTER (WHERE due < ${today}::date AND "firstSubmittedAt" IS NOT NULL
              AND ("firstSubmittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date <= due))::int AS "reportsOnTime",
           (COUNT(*) FILTER (WHERE due < ${today}::date AND (state IS NULL OR state NOT IN ('SUBMITTED', 'APPROVED'))))::int AS "overdueReports",
           (COUNT(*) FILTER (WHERE period = ${period}))::int AS expected,
           (COUNT(*) FILTER (WHERE period = ${period} AND state = 'APPROVED'))::int AS approved
      FROM filed GROUP BY "unitId"`;
}

export type OverdueRow = {
  unitId: number;
  pointId: number;
  period: string;
  state: ReportState | null;
  reportId: number | null;
  /** Sent to the city at least once; false: still inside the county (draft, sign-off, sent back there). */
  reachedCity: boolean;
  due: Date;
  /** Whole days from the due day to `today`. */
  daysLate: number;
};

export const OVERDUE_LIST_LIMIT = 200;

/** Reports past their due day and not yet submitted, newest month first. */
export function listOverdueReports(
  db: Db,
  planId: number,
  firstPeriod: string,
  period: string,
  today: string,
  dueDay: number,
): Promise<OverdueRow[]> {
  return db.$queryRaw<OverdueRow[]>`
    WITH ${filedReports(planId, firstPeriod, period, dueDay)}
    SELECT "unitId", "pointId", period, state, "reportId", "reachedCity", due,
           (${today}::date - due)::int AS "daysLate"
      FROM filed
     WHERE due < ${today}::date AND (state IS NULL OR state NOT IN ('SUBMITTED', 'APPROVED'))
     ORDER BY period DESC, "unitId", "pointId"
     LIMIT ${OVERDUE_LIST_LIMIT}`;
}

export type ClosedCounts = { indicators: number; points: number };

/**
 * 已办结 in the period: the units' parts of indicators and of points closed (销号) by then and not
 * reopened (the same window as the duties they end, lib/closure), on current indicators only.
 */
export async function countClosed(db: Db, planId: number, period: string): Promise<ClosedCounts> {
  const cutoff = closureCutoff(period);
  const [row] = await db.$queryRaw<ClosedCounts[]>`
    SELECT (COUNT(*) FILTER (WHERE c."indicatorId" IS NOT NULL))::int AS indicators,
           (COUNT(*) FILTER (WHERE c."indicatorId" IS NULL))::int AS points
      FROM "Closeout" c JOIN "WorkPoint" p ON p.id = c."pointId"
      LEFT JOIN "Indicator" i ON i.id = c."indicatorId"
     WHERE p."planId" = ${planId} AND c.state IN ('CLOSED', 'REOPENED') AND i."retiredAt" IS NULL
       AND c."closedAt" < ${cutoff} AND (c."reopenedAt" IS NULL OR c."reopenedAt" >= ${cutoff})`;
  return row ?? { indicators: 0, points: 0 };
}

/** The data version the caller's snapshot sees. */
export async function readProgressVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<
    { version: string }[]
  >`SELECT version::text AS version FROM "ProgressStamp" WHERE id = 1`;
  return row?.version ?? "0";
}
