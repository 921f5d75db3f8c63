// What the scale tier's global setup started (tests/scale/global-setup.ts), and its database, which
// the tests read and age directly (a session's last use, a report to approve).
import pg from "pg";
import { afterAll, inject } from "vitest";

export const scale = inject("scale");
export const throughNginx = scale.url;
export const [instanceA, instanceB] = scale.instances;

const pool = new pg.Pool({ connectionString: scale.databaseUrl, max: 2 });
afterAll(() => pool.end());

export async function query<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await pool.query<Row>(sql, params)).rows;
}
