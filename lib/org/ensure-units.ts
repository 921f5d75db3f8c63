import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ALL_UNITS } from "./units";

/** Creates the units the portal ships with; names an administrator changed are left alone. */
export async function ensureUnits(db: PrismaClient): Promise<void> {
  await db.$transaction(
    ALL_UNITS.map((unit, index) =>
      db.unit.upsert({ where: { code: unit.code }, create: { ...unit, sortOrder: index + 1 }, update: {} }),
    ),
  );
}
