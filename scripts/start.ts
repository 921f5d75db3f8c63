// npm run demo  — demo mode: embedded database seeded with the 2022 plan and demo data.
// npm start     — production mode: no demo data; DATABASE_URL or the embedded database.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { applyMigrations } from "../lib/db/apply-migrations";
import { openDatabase } from "../lib/db/open-database";
import { readEnv } from "../lib/env";
import { UserError } from "../lib/errors";
import { createPrismaClient } from "../lib/db";
import { seedDatabase } from "../lib/seed/seed-database";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "../lib/request-headers";
import { readTrustedProxies, resolveClientAddress } from "../lib/auth/client-address";
import { readAuthSettings } from "../lib/auth/settings";
import { sendLargeTextAsBytes } from "../lib/http/page-bytes";
import { ChangeFeed } from "../lib/live/change-feed";
import { createFrontDoor } from "../lib/prerendered/front-door";
import { isPrerenderedAddress } from "../lib/prerendered/dashboard-address";
import { resolveAuthSecret } from "./auth-secret";
import { buildIfNeeded } from "./build-if-needed";

async function main() {
  const startedAt = Date.now();
  const mode = process.argv.includes("--demo") ? "demo" : "production";
  const env = readEnv();
  readAuthSettings(); // refuse to start on a bad security setting, not at the first sign-in
  if (mode === "production" && !process.env.AUTH_SECRET) resolveAuthSecret(mode, env.dataDir);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  // The database first: it takes the data-directory lock, so a second portal is refused before it
  // could rebuild the app under a running one.
  const database = await openDatabase(env);
  buildIfNeeded(distDir);
  const applied = await applyMigrations(database.url);
  if (applied.length) console.error(`已应用数据库迁移: ${applied.join(", ")}`);
  const db = createPrismaClient(database.url);
  await seedDatabase(db, mode);
  await db.$disconnect();

  const authSecret = resolveAuthSecret(mode, env.dataDir);
  // next-auth's idea of the public address (secure cookies when https): set NEXTAUTH_URL in production.
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
  Object.assign(process.env, {
    AUTH_SECRET: authSecret,
    DATABASE_URL: database.url,
    PORTAL_DATABASE_KIND: database.kind,
    PORTAL_MODE: mode,
    NEXT_DIST_DIR: distDir,
    PORTAL_FRONT_DOOR: "on",
  });
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustedProxies = readTrustedProxies();
  const feed = new ChangeFeed(database.url);
  await feed.start();
  const frontDoor = createFrontDoor(createPrismaClient(database.url), feed, authSecret);
  const server = createServer((request, response) => {
    // Set here for every request, overwriting whatever the client sent under these names.
    const forwardedFor = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trustedProxies,
    );
    const requestId = randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    sendLargeTextAsBytes(response);
    if (isPrerenderedAddress(request.url)) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("未找到");
      return;
    }
    frontDoor(request)
      .then((address) => {
        if (address) {
          request.url = address;
          response.setHeader("Cache-Control", "private, no-store");
        }
      })
      .catch((error: unknown) => console.error(`[front door ${requestId}]`, error))
      .finally(() => handle(request, response));
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(env.PORT, resolve));
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.error(
    `民政工作要点督办平台 (${mode === "demo" ? "演示模式" : "生产模式"}, ${database.kind === "embedded" ? "内置数据库" : "外部数据库"}) 已启动: http://localhost:${env.PORT}  (${seconds} 秒)`,
  );

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await feed.stop();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: Error) => {
  console.error(error instanceof UserError ? error.message : error);
  process.exit(1);
});
