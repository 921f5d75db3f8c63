// npm run backup [-- --out DIR] [--with-objects]    One archive of the database (a consistent
// snapshot, taken beside a running portal), the evidence files and a manifest; see README 备份与恢复.
import path from "node:path";
import { parseArgs } from "node:util";
import { getAttachmentStorage } from "../lib/attachments/storage";
import { readPortalClock } from "../lib/backup/command-clock";
import { recordBackup } from "../lib/backup/run-backup";
import { backupSettingsOf } from "../lib/backup/settings";
import { missingFiles, missingWarning, takeBackup } from "../lib/backup/take-backup";
import { getPrisma } from "../lib/db";
import { portalEnv } from "../lib/env";
import { runWithDatabase } from "./run-with-database";

const { values } = parseArgs({ options: { out: { type: "string" }, "with-objects": { type: "boolean" } } });

runWithDatabase(async (database) => {
  const env = portalEnv();
  const startedAt = await readPortalClock(getPrisma());
  const result = await takeBackup({
    databaseUrl: database.url,
    storage: getAttachmentStorage(env),
    outDir: values.out ?? backupSettingsOf(env).dir,
    now: startedAt,
    withObjects: values["with-objects"] ?? false,
  });
  // Listed on the admin's page beside the nightly ones; BACKUP_KEEP prunes only after nightly runs.
  await recordBackup(getPrisma(), {
    startedAt,
    finishedAt: await readPortalClock(getPrisma()),
    file: path.basename(result.file),
    bytes: result.bytes,
    pruned: [],
    warning: missingWarning(missingFiles(result.manifest)),
    context: { clientAddress: "command", requestId: `backup:${startedAt.toISOString()}` },
  });
  const warning = missingWarning(missingFiles(result.manifest));
  if (warning) console.error(`注意: ${warning}`);
  const rows = result.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const files = result.manifest.evidence.filter((file) => file.included).length;
  process.stdout.write(
    `已备份到 ${result.file}(${result.bytes} 字节):${result.manifest.tables.length} 张表 ${rows} 行,` +
      `证明材料 ${files}/${result.manifest.evidence.length} 个文件,迁移版本 ${result.manifest.migration}。\n`,
  );
});
