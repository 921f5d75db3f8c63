// The database's rows as one snapshot, taken while the portal runs and accepts writes: every table
// is copied inside ONE `REPEATABLE READ READ ONLY` transaction on one connection, so a report is never
// there without its values, nor an audit row without its event. COPY's text format is PostgreSQL's own
// lossless form of every type; the schema is not copied, it comes from the migrations.
import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { type EvidenceEntry, type TableEntry, tableMember } from "./manifest";
import { lastMigration, listTables, quoteIdentifier } from "./tables";

export type DatabaseDump = { migration: string; tables: TableEntry[]; attachments: Omit<EvidenceEntry, "included">[] };

/** Settings both sides share, so dates and numbers read back exactly as they were written. */
export const COPY_SESSION = "SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3";

export async function dumpDatabase(databaseUrl: string, stageDir: string): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "portal-backup" });
  await client.connect();
  try {
    await client.query(COPY_SESSION);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migration = await lastMigration(client);
    const tables: TableEntry[] = [];
    await mkdir(path.join(stageDir, "database"), { recursive: true });
    for (const { name, columns } of await listTables(client)) {
      const list = columns.map(quoteIdentifier).join(", ");
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`);
      const source = client.query(copyTo(`COPY ${quoteIdentifier(name)} (${list}) TO STDOUT`));
      await pipeline(source, createWriteStream(path.join(stageDir, tableMember(name))));
      tables.push({ name, columns, rows: Number(rows[0].n) });
    }
    // Evidence as the snapshot knows it: a file uploaded after it belongs to no row in this backup.
    const { rows: attachments } = await client.query<Omit<EvidenceEntry, "included">>(`
      SELECT "storageKey" AS key, sha256, size AS bytes, "contentType" FROM "Attachment" ORDER BY id`);
    await client.query("COMMIT");
    return { migration, tables, attachments };
  } finally {
    await client.end();
  }
}
