// One way to start the portal, for npm start, npm run demo (scripts/start.ts) and npm run dev
// (scripts/dev.ts): the database, its migrations and seed, then Next (built, or in development mode
// with fast refresh) behind the portal's own HTTP server and front door.
import next from "next";
import { createPrismaClient } from "../lib/db";
import { backupSettingsOf } from "../lib/backup/settings";
import { applyMigrations } from "../lib/db/apply-migrations";
import { openDatabase } from "../lib/db/open-database";
import { startJobQueue } from "../lib/jobs/job-queue";
import { readEnv, setPortalEnv } from "../lib/env";
import { UserError } from "../lib/errors";
import { ChangeFeed } from "../lib/live/change-feed";
import { createFrontDoor } from "../lib/prerendered/front-door";
import { seedDatabase } from "../lib/seed/seed-database";
import { anchorConfiguredClock, clockAnchorVariable, describeClock } from "../lib/time/clock-start";
import { resolveAuthSecret } from "./auth-secret";
import { buildIfNeeded } from "./build-if-needed";
import { createPortalServer } from "./portal-server";

export type PortalOptions = { mode: "demo" | "production"; dev: boolean };

const MODE_NAMES = { demo: "演示模式", production: "生产模式", dev: "开发模式" };

async function startPortal({ mode, dev }: PortalOptions) {
  const startedAt = Date.now();
  const env = readEnv(); // every variable checked here: a bad value stops the start with its message
  if (mode === "production" && !env.AUTH_SECRET) resolveAuthSecret(mode, env.dataDir);
  const distDir = env.NEXT_DIST_DIR;
  // The database first: it takes the data-directory lock, so a second portal is refused before it
  // could rebuild the app under a running one.
  const database = await openDatabase(env);
  if (!dev) buildIfNeeded(distDir);
  const applied = await applyMigrations(database.url);
  if (applied.length) console.error(`已应用数据库迁移: ${applied.join(", ")}`);
  const db = createPrismaClient(database.url);
  await seedDatabase(db, mode);
  const clock = await anchorConfiguredClock(db, mode, env);
  await db.$disconnect();

  const authSecret = resolveAuthSecret(mode, env.dataDir);
  setPortalEnv({
    // next-auth's idea of the public address (secure cookies when https): set NEXTAUTH_URL in production.
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    AUTH_SECRET: authSecret,
    DATABASE_URL: database.url,
    PORTAL_DATABASE_KIND: database.kind,
    PORTAL_MODE: mode,
    NEXT_DIST_DIR: distDir,
    PORTAL_FRONT_DOOR: "on",
    ...clockAnchorVariable(clock),
  });
  const app = next({ dev, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const feed = new ChangeFeed(database.url);
  await feed.start();
  const frontDoor = createFrontDoor(createPrismaClient(database.url), feed, authSecret);
  const server = createPortalServer(app.getRequestHandler(), frontDoor);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(env.PORT, resolve));
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.error(
    `民政工作要点督办平台 (${MODE_NAMES[dev ? "dev" : mode]}, ${database.kind === "embedded" ? "内置数据库" : "外部数据库"}) 已启动: http://localhost:${env.PORT}  (${seconds} 秒)`,
  );
  if (clock) console.error(describeClock(clock));
  const jobs = await startJobQueue({
    databaseUrl: database.url,
    reminderCron: env.REMINDER_CRON,
    supervisionCron: env.SUPERVISION_CRON,
    backup: backupSettingsOf(env),
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await jobs.stop();
    await feed.stop();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

export function runPortal(options: PortalOptions): void {
  startPortal(options).catch((error: Error) => {
    console.error(error instanceof UserError ? error.message : error);
    process.exit(1);
  });
}
