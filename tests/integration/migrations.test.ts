import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { getPrisma } from "@/lib/db";

const MIGRATIONS = path.resolve("prisma/migrations");
const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations through the WebAssembly schema engine", () => {
  it("records every migration the way `prisma migrate deploy` does, with the file's checksum", async () => {
    const rows = await getPrisma().$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(inject("databaseUrl"))).toEqual([]);
  });
});
