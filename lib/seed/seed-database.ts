import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureUnits } from "@/lib/org/ensure-units";
import { build2022Plan } from "@/lib/plans/build-2022-plan";
import { savePlan } from "@/lib/plans/save-plan";
import { seedDemoAccounts } from "./demo-accounts";

export const PLAN_2022_SOURCE = path.resolve("prisma/seed/plan-2022.txt");

export type SeedMode = "demo" | "production";

/**
 * Idempotent: safe on every start. Production gets the units and the 2022 plan as published;
 * demo mode adds the generated county quotas (labelled as demo data) and the demo accounts.
 */
export async function seedDatabase(db: PrismaClient, mode: SeedMode): Promise<void> {
  await ensureUnits(db);
  if (!(await db.plan.findUnique({ where: { year: 2022 }, select: { id: true } }))) {
    const sourceText = await readFile(PLAN_2022_SOURCE, "utf8");
    await savePlan(db, build2022Plan(sourceText), { sourceText, demoQuotas: mode === "demo" });
  }
  if (mode === "demo") await seedDemoAccounts(db);
}
