// A stream of writes from another connection while a backup runs: each a report, its event and its
// audit row in one transaction, so a consistent snapshot has all three of a report or none. Drafts in
// 2099, removed afterwards (removeStreamedReports), so no other test's queue or dashboard sees them.
import pg from "pg";

export const STREAM_PERIOD_PREFIX = "2099-";

export type ReportStream = { written: () => number; stop: () => Promise<void> };

export async function startReportStream(url: string): Promise<ReportStream> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: units } = await client.query<{ id: number }>(`SELECT id FROM "Unit" WHERE kind = 'COUNTY' ORDER BY id`);
  const { rows: points } = await client.query<{ id: number }>(`SELECT id FROM "WorkPoint" ORDER BY id LIMIT 20`);
  const slots = units.flatMap((unit) => points.map((point) => [unit.id, point.id]));
  let written = 0;
  let stopping = false;
  const loop = (async () => {
    for (let month = 1; month <= 12 && !stopping; month++)
      for (const [unitId, pointId] of slots) {
        if (stopping) break;
        const period = `${STREAM_PERIOD_PREFIX}${String(month).padStart(2, "0")}`;
        await client.query("BEGIN");
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO "Report" ("unitId", "pointId", period, state, "createdAt", "updatedAt")
           VALUES ($1, $2, $3, 'DRAFT', now(), now()) RETURNING id`,
          [unitId, pointId, period],
        );
        await client.query(
          `INSERT INTO "ReportEvent" ("reportId", revision, action, "toState", at) VALUES ($1, 1, 'save', 'DRAFT', now())`,
          [rows[0].id],
        );
        await client.query(
          `INSERT INTO "AuditEvent" (at, action, result, "objectType", "objectId") VALUES (now(), 'report.file', 'SUCCESS', 'Report', $1)`,
          [String(rows[0].id)],
        );
        await client.query("COMMIT");
        written += 1;
      }
  })();
  return {
    written: () => written,
    stop: async () => {
      stopping = true;
      await loop;
      await client.end();
    },
  };
}

/** The streamed reports (and, by cascade, their events); their audit rows stay, as audit rows do. */
export async function removeStreamedReports(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DELETE FROM "Report" WHERE period LIKE '${STREAM_PERIOD_PREFIX}%'`).finally(() => client.end());
}
