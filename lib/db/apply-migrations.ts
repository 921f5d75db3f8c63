import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { readMigrationsFolder } from "./migrations-folder";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The pg adapter runs a migration script by splitting it at every ";", which cuts PL/pgSQL function
 * bodies apart. PostgreSQL runs a whole script sent as one simple query, in one implicit
 * transaction, as `prisma migrate deploy` does; so send it whole.
 */
function sendScriptsWhole(factory: PrismaPg, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    Object.assign(adapter, {
      executeScript: async (script: string) => {
        await pool.query(script);
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => {
      throw new Error("applyMigrations needs no shadow database");
    },
  };
}

/**
 * Applies pending migrations from prisma/migrations; returns the names it applied. `upTo` stops at
 * that migration (a restore loads an archive into the schema it was taken from, then migrates on).
 */
export async function applyMigrations(databaseUrl: string, { upTo }: { upTo?: string } = {}): Promise<string[]> {
  // Our own pool, ended below: the engine holds Prisma's migration advisory lock on its
  // connection, and a connection left open would make the next migration wait for it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const engine = await openSchemaEngine(sendScriptsWhole(new PrismaPg(pool), pool));
  try {
    const migrationsList = await readMigrationsFolder(upTo);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await pool.end();
  }
}
