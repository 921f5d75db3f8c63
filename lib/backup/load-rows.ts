// Loads the archive's rows in one transaction. The target's own triggers are switched off for this
// transaction only (ALTER TABLE is transactional: no other session ever sees them off): the audit
// trail's insert trigger would re-number and re-hash every row and its update guard refuses the
// truncate, and the progress triggers would bump stamps for rows that are only being put back.
// Foreign keys stay on: tables load referenced-first, so every row is checked as it arrives.
import "server-only";
import { createReadStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { COPY_SESSION } from "./dump-database";
import { type Manifest, tableMember } from "./manifest";
import { listTables, orderByForeignKeys, quoteIdentifier } from "./tables";

export type LoadedTable = { name: string; expected: number; restored: number };

export async function loadRows(client: pg.ClientBase, dir: string, manifest: Manifest): Promise<LoadedTable[]> {
  const present = new Set((await listTables(client)).map((table) => table.name));
  const unknown = manifest.tables.filter((table) => !present.has(table.name));
  if (unknown.length)
    throw new Error(
      `备份中的表在迁移 ${manifest.migration} 后的数据库里不存在: ${unknown.map((t) => t.name).join(", ")}`,
    );
  const order = await orderByForeignKeys(
    client,
    manifest.tables.map((table) => table.name),
  );
  const byName = new Map(manifest.tables.map((table) => [table.name, table]));
  const all = [...present].map(quoteIdentifier);
  await client.query(COPY_SESSION);
  await client.query("BEGIN");
  try {
    for (const table of all) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // Migrations may have written rows of their own (default settings): the archive's replace them.
    if (all.length) await client.query(`TRUNCATE ${all.join(", ")}`);
    const loaded: LoadedTable[] = [];
    for (const name of order) {
      const table = byName.get(name);
      if (!table) continue;
      const list = table.columns.map(quoteIdentifier).join(", ");
      const sink = client.query(copyFrom(`COPY ${quoteIdentifier(name)} (${list}) FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, tableMember(name))), sink);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`);
      loaded.push({ name, expected: table.rows, restored: Number(rows[0].n) });
    }
    for (const table of all) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await resetSequences(client);
    await client.query("COMMIT");
    return loaded;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Every sequence owned by a column continues after the largest value restored. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    SELECT format('%I.%I', sn.nspname, s.relname) AS sequence, t.relname AS table, a.attname AS column
    FROM pg_class s
    JOIN pg_namespace sn ON sn.oid = s.relnamespace
    JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND sn.nspname = 'public'`);
  for (const { sequence, table, column } of rows) {
    const max = `SELECT max(${quoteIdentifier(column)}) FROM ${quoteIdentifier(table)}`;
    await client.query(`SELECT setval($1::regclass, coalesce((${max}), 1), (${max}) IS NOT NULL)`, [sequence]);
  }
}
