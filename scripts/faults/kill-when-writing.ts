// kill -9 at the worst moment: while the portal holds a transaction that has already written to the
// reports (PostgreSQL assigned it a transaction id), found by polling pg_stat_activity.
import pg from "pg";
import type { FaultContext } from "./context";

const POLL_MS = 2;
const GIVE_UP_MS = 30_000;

const WRITING = `SELECT count(*)::int AS n FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
    AND query ILIKE '%"Report%'`;

/** Kills the portal once a report-writing transaction is open (and `ready()` says so); true if one was caught. */
export async function killWhenWriting(context: FaultContext, ready: () => boolean = () => true): Promise<boolean> {
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + GIVE_UP_MS;
    while (Date.now() < deadline) {
      if (ready() && (await client.query<{ n: number }>(WRITING)).rows[0].n > 0) {
        await context.portal().kill9();
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await context.portal().kill9();
    return false;
  } finally {
    await client.end();
  }
}
