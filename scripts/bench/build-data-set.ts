// Builds one data set in its own data directory with the project's own code: the embedded server,
// the migrations, the units, the 2022 plan (with quotas), the demo accounts; then the reports.
// Reports are written as simulated (isDemo), so the portal's demo start adds no history of its own.
import { readFile } from "node:fs/promises";
import { applyMigrations } from "../../lib/db/apply-migrations";
import { openDatabase } from "../../lib/db/open-database";
import { createPrismaClient } from "../../lib/db";
import { readEnv } from "../../lib/env";
import { ensureUnits } from "../../lib/org/ensure-units";
import { build2022Plan } from "../../lib/plans/build-2022-plan";
import { savePlan } from "../../lib/plans/save-plan";
import { seedDemoAccounts } from "../../lib/seed/demo-accounts";
import { PLAN_2022_SOURCE } from "../../lib/seed/seed-database";
import type { DataSet } from "./data-sets";
import { addProvinceCounties, provincePlan } from "./province-units";
import { writeApprovedReports, type WrittenCounts } from "./write-reports";

let stopOpen: (() => Promise<void>) | null = null;

/** Stops the database of a data set being built (the benchmark was interrupted). */
export const stopDataSetDatabase = async () => stopOpen?.();

export type DataSetCounts = WrittenCounts & { units: number; quotas: number; plans: number; seconds: number };

export async function buildDataSet(set: DataSet): Promise<DataSetCounts> {
  const startedAt = Date.now();
  const log = (step: string) =>
    console.error(`  [${set.label}] ${step} (${((Date.now() - startedAt) / 1000).toFixed(1)} 秒)`);
  const database = await openDatabase(
    readEnv({
      ...process.env,
      DATABASE_URL: undefined,
      PORTAL_DATA_DIR: set.dataDir,
      EMBEDDED_DB_PORT: String(set.databasePort),
    }),
  );
  stopOpen = database.stop;
  try {
    await applyMigrations(database.url);
    log("数据库已就绪");
    const db = createPrismaClient(database.url);
    try {
      await ensureUnits(db);
      if (set.name === "province") await addProvinceCounties(db);
      const sourceText = await readFile(PLAN_2022_SOURCE, "utf8");
      const plan = build2022Plan(sourceText);
      for (const year of set.years) {
        await savePlan(db, set.name === "province" ? provincePlan(plan, year) : plan, {
          sourceText,
          demoQuotas: true,
          publishFrom: `${year}-01`,
        });
      }
      await seedDemoAccounts(db);
      log(`工作要点 ${set.years.length} 个年度与演示账号已写入`);
      const total: WrittenCounts = { reports: 0, values: 0, events: 0 };
      for (const year of set.years) {
        const written = await writeApprovedReports(db, year);
        total.reports += written.reports;
        total.values += written.values;
        total.events += written.events;
      }
      log(`报告已写入: ${total.reports} 份`);
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      const counties = await db.unit.count({ where: { kind: "COUNTY" } });
      if (counties !== set.counties)
        throw new Error(`${set.label}数据集应有 ${set.counties} 个县级单位,实有 ${counties} 个`);
      return {
        ...total,
        units: await db.unit.count(),
        quotas: await db.quota.count(),
        plans: await db.plan.count(),
        seconds: (Date.now() - startedAt) / 1000,
      };
    } finally {
      await db.$disconnect();
    }
  } finally {
    stopOpen = null;
    await database.stop();
  }
}
