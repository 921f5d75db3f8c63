import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The options of every progress read: one consistent snapshot of all the figures, and room for a busy server
 * (Prisma's default 5-second limit on an interactive transaction failed a dashboard under load; a read-only
 * snapshot holds no locks, so a longer limit costs nothing).
 */
export const READ_SNAPSHOT = {
  isolationLevel: "RepeatableRead",
  timeout: 30_000,
} as const satisfies { isolationLevel: Prisma.TransactionIsolationLevel; timeout: number };
