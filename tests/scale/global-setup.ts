// One cluster for the scale tier (tests/scale): two portal instances behind nginx on one PostgreSQL,
// started as npm run scale-demo starts it (scripts/scale/start-cluster.ts). TEST_DATABASE_URL: an
// external database (CI: Debian's PostgreSQL), emptied first; otherwise one started in the run's folder.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { emptyDatabase } from "../helpers/empty-database";
import { startCluster } from "@/scripts/scale/start-cluster";

const DIR = path.resolve(`test-data/scale-${process.pid}`);
// Beside the demo (3000), the e2e tier (3100+) and npm run scale-demo (3400-3402).
const PORT = Number(process.env.SCALE_TEST_PORT ?? 3410);

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (databaseUrl) await emptyDatabase(databaseUrl);
  const cluster = await startCluster({
    dir: DIR,
    databaseUrl,
    port: PORT,
    authSecret: randomBytes(48).toString("base64url"),
    distDir: ".next-test",
    env: {
      // Scheduled work proven to run once: a backup every minute, from both instances' queue workers.
      BACKUP_CRON: "* * * * *",
      BACKUP_DIR: path.join(DIR, "backups"),
      REMINDER_CRON: "off",
      SUPERVISION_CRON: "off",
    },
  });
  project.provide("scale", {
    url: cluster.url,
    instances: cluster.instances.map((instance) => instance.url),
    databaseUrl: cluster.databaseUrl,
  });
  return async () => {
    await cluster.stop();
    await rm(DIR, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    scale: { url: string; instances: string[]; databaseUrl: string };
  }
}
