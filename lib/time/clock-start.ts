// Where the clock started on this database (lib/time/clock.ts): one row per starting point, written
// the first time the portal starts there (for the demo: when its data is seeded) and read on every
// later start, so the clock runs on from where it was instead of starting over.
import "server-only";
import { type ClockAnchor, type PortalEnv, portalEnv } from "@/lib/env";
import { formatClockAnchor } from "@/lib/env-values";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { clockStartOf, readingOf } from "./clock";
import { formatDateTime } from "./format";

type Db = PrismaClient | Prisma.TransactionClient;

/** The stored anchor for a starting point, storing it (started now) the first time. */
export async function anchorClock(db: Db, startsAt: Date, realNow = new Date()): Promise<ClockAnchor> {
  await db.clockStart.createMany({ data: [{ startsAt, realStartedAt: realNow }], skipDuplicates: true });
  const stored = await db.clockStart.findUniqueOrThrow({ where: { startsAt } });
  return { startsAt: stored.startsAt, realStartedAt: stored.realStartedAt };
}

/** The anchor the configuration asks for, or null when the clock is the real time. */
export async function anchorConfiguredClock(
  db: Db,
  mode: "demo" | "production",
  env: PortalEnv = portalEnv(),
): Promise<ClockAnchor | null> {
  const startsAt = clockStartOf(env, mode);
  return startsAt ? anchorClock(db, startsAt) : null;
}

/** The internal variable that hands the anchor to the server the start script starts ("" for the real time). */
export const clockAnchorVariable = (anchor: ClockAnchor | null) => ({
  PORTAL_CLOCK_ANCHOR: anchor ? formatClockAnchor(anchor) : "",
});

/** For the start log: an operator should know when the portal is not on the real time. */
export const describeClock = (anchor: ClockAnchor) =>
  `门户时钟: 自 ${formatDateTime(anchor.startsAt)} 起走(当前 ${formatDateTime(readingOf(anchor, Date.now()))}),不是真实时间`;
