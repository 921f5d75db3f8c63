// One database for the integration tier: TEST_DATABASE_URL when set (CI proves the external path
// with Debian's PostgreSQL), otherwise an embedded server on the tests' own data directory and port,
// so the tier passes while a portal is running.
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { emptyDatabase } from "../helpers/empty-database";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { startEmbeddedDatabase } from "@/lib/db/embedded-server";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { findFreePort } from "./helpers/free-port";

// One directory and a free port per run, so runs side by side (and a running portal) never meet.
const TEST_DATA_DIR = `test-data/integration-${process.pid}`;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  // The demo seed stores evidence files: in the tier's own directory (workers inherit it), never the portal's ./data.
  process.env.PORTAL_DATA_DIR = TEST_DATA_DIR;
  let stop = async () => rm(TEST_DATA_DIR, { recursive: true, force: true });
  if (url) {
    await emptyDatabase(url);
  } else {
    const server = await startEmbeddedDatabase(TEST_DATA_DIR, await findFreePort());
    url = server.url;
    stop = async () => {
      await server.stop();
      await rm(TEST_DATA_DIR, { recursive: true, force: true });
    };
  }
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await seedDatabase(db, "demo");
  await db.$disconnect();
  project.provide("databaseUrl", url);
  project.provide("databaseKind", process.env.TEST_DATABASE_URL ? "external" : "embedded");
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "embedded" | "external";
  }
}
