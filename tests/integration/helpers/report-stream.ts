// A stream of submissions from another connection while a backup runs: each a report, its event and
// its audit row in one transaction, so a consistent snapshot has all three of a report or none.
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
           VALUES ($1, $2, $3, 'SUBMITTED', now(), now()) RETURNING id`,
          [unitId, pointId, period],
        );
        await client.query(
          `INSERT INTO "ReportEvent" ("reportId", revision, action, "toState", at) VALUES ($1, 1, 'submit', 'SUBMITTED', now())`,
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
