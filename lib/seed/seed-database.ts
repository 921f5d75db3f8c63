import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureUnits } from "@/lib/org/ensure-units";
import { build2022Plan } from "@/lib/plans/build-2022-plan";
import { savePlan } from "@/lib/plans/save-plan";
import { anchorConfiguredClock } from "@/lib/time/clock-start";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoSupervision } from "./demo-supervision";
import { seedDemoHistory } from "./write-demo-history";

export const PLAN_2022_SOURCE = path.resolve("prisma/seed/plan-2022.txt");

export type SeedMode = "demo" | "production";

/**
 * Idempotent: safe on every start. Production gets the units and the 2022 plan from its document, as a draft;
 * demo mode adds the generated county quotas (labelled as demo data), the demo accounts and, on
 * the first demo start, the simulated reporting history January–October 2022.
 */
export async function seedDatabase(db: PrismaClient, mode: SeedMode): Promise<void> {
  await ensureUnits(db);
  if (!(await db.plan.findUnique({ where: { year: 2022 }, select: { id: true } }))) {
    const sourceText = await readFile(PLAN_2022_SOURCE, "utf8");
    // Production starts from the document alone, as a draft the supervisor completes and publishes.
    await savePlan(db, build2022Plan(sourceText), {
      sourceText,
      demoQuotas: mode === "demo",
      publishFrom: mode === "demo" ? "2022-01" : undefined,
    });
  }
  if (mode === "demo") {
    await seedDemoAccounts(db);
    const history = await seedDemoHistory(db);
    // The demo clock starts now, at the demo date: the data was made for that day.
    await anchorConfiguredClock(db, "demo");
    if (history) {
      console.error(
        `已生成演示填报历史: ${history.reports} 份报告、${history.values} 个数值、${history.events} 条记录、${history.baselines} 个年初值 (${(history.milliseconds / 1000).toFixed(1)} 秒)`,
      );
      await seedDemoEvidence(db);
      const supervision = await seedDemoSupervision(db);
      if (supervision)
        console.error(
          `已生成演示督办历史: ${supervision.notices} 份督查单、${supervision.bulletins} 期通报、${supervision.closeouts} 项办结申请`,
        );
    }
  }
}
