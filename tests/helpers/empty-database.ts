import pg from "pg";

/** An external test database (TEST_DATABASE_URL) made empty: the portal's schema and pg-boss's dropped. */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      "DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public;",
    );
  } finally {
    await client.end();
  }
}
