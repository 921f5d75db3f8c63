import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { readMigrationsFolder } from "./migrations-folder";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Applies pending migrations from prisma/migrations; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  // Our own pool, ended below: the engine holds Prisma's migration advisory lock on its
  // connection, and a connection left open would make the next migration wait for it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const engine = await openSchemaEngine(new PrismaPg(pool));
  try {
    const migrationsList = await readMigrationsFolder();
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await pool.end();
  }
}
