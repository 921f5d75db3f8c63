import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { portalEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  // A bounded connect time, so an unreachable database is reported (health: 503) instead of hanging.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }) });
}

// One client per server process; kept on globalThis so dev-mode reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  const url = portalEnv().DATABASE_URL;
  if (!url) throw new Error("未设置 DATABASE_URL: 请用 npm run demo 或 npm start 启动门户。");
  globalForPrisma.prisma ??= createPrismaClient(url);
  return globalForPrisma.prisma;
}
