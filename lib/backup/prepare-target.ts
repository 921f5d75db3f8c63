// The target of a restore: refused when it already holds the portal's data (unless --force), then
// cleared to nothing, so the archive's migrations and rows go into a database that has only them.
import "server-only";
import type pg from "pg";
import { UserError } from "@/lib/errors";

/** Tables whose rows mean "a portal has used this database". */
const IN_USE = ["Unit", "User", "Report"];

export async function rowsInUse(client: pg.ClientBase): Promise<string[]> {
  const found: string[] = [];
  for (const table of IN_USE) {
    const { rows } = await client.query<{ present: string | null }>("SELECT to_regclass($1) AS present", [
      `public."${table}"`,
    ]);
    if (!rows[0].present) continue;
    const { rows: any } = await client.query(`SELECT 1 FROM public."${table}" LIMIT 1`);
    if (any.length) found.push(table);
  }
  return found;
}

/**
 * Refuses a target in use unless forced; then drops the public schema (tables, functions, the
 * migration history) and pg-boss's, whose jobs belong to the data being replaced: dropping, not
 * truncating, because the target's schema may be newer than the archive's.
 */
export async function prepareTarget(client: pg.ClientBase, force: boolean): Promise<{ replaced: string[] }> {
  const inUse = await rowsInUse(client);
  if (inUse.length && !force)
    throw new UserError(
      `目标数据库不是空的(${inUse.join("、")} 表中已有数据),未做任何恢复。确认要用备份覆盖现有数据,请加 --force。`,
    );
  await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  return { replaced: inUse };
}
