import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Health = { status: "ok"; database: "embedded" | "external" } | { status: "unavailable" };

export async function checkHealth(db: PrismaClient, kind: "embedded" | "external"): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: kind };
  } catch {
    return { status: "unavailable" };
  }
}
