import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A column and its PostgreSQL type, e.g. ["state", '"ReportState"'], ["snapshot", "jsonb"]. */
export type BulkColumn = readonly [name: string, type: string];

/**
 * INSERT … SELECT FROM unnest(one array per column): one statement with one parameter per column,
 * however many rows. Prisma's createMany binds every cell as its own parameter and took 2–9 s
 * for the demo history on a busy machine; this takes a fraction of a second. Table and column
 * names come from code, never from input. Dates go in as ISO strings (UTC, as Prisma stores them)
 * and JSON as text.
 */
export function bulkInsert(
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly unknown[][],
  tail = "",
): Prisma.Sql {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], index) => {
    const values = rows.map((row) => {
      const cell = row[index];
      if (cell instanceof Date) return cell.toISOString();
      return type === "jsonb" && cell !== null ? JSON.stringify(cell) : cell;
    });
    return Prisma.sql`${values}::${Prisma.raw(type === "jsonb" ? "text" : type)}[]`;
  });
  const selected = columns.map(([, type], index) => `c${index}::${type}`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  return Prisma.sql`INSERT INTO "${Prisma.raw(table)}" (${Prisma.raw(names)}) SELECT ${Prisma.raw(selected)} FROM unnest(${Prisma.join(arrays)}) AS t(${Prisma.raw(aliases)}) ${Prisma.raw(tail)}`;
}
