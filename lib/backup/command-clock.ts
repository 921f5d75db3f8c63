// A command run beside the portal names its archive on the portal's clock, which the command is not
// handed: it is the clock whose start this database keeps (the demo's 2022), or the real time.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readingOf } from "@/lib/time/clock";

export async function readPortalClock(db: PrismaClient, realNow = Date.now()): Promise<Date> {
  const latest = await db.clockStart.findFirst({ orderBy: { realStartedAt: "desc" } });
  return latest ? readingOf(latest, realNow) : new Date(realNow);
}
