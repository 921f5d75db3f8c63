// npm run restore -- FILE [--force]    Restores an archive of npm run backup into the database the
// portal would open (DATABASE_URL, or the embedded server on PORTAL_DATA_DIR) and its evidence
// storage; exits 1 unless every count, the audit chain and every evidence checksum agree.
import path from "node:path";
import { parseArgs } from "node:util";
import { getAttachmentStorage } from "../lib/attachments/storage";
import { describeRestore } from "../lib/backup/describe-restore";
import { openArchive } from "../lib/backup/open-archive";
import { restoreBackup } from "../lib/backup/restore-backup";
import { openDatabase } from "../lib/db/open-database";
import { readEnv } from "../lib/env";
import { UserError } from "../lib/errors";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });

async function main() {
  if (positionals.length !== 1) throw new UserError("用法: npm run restore -- <备份文件.tar.gz> [--force]");
  const archive = path.resolve(positionals[0]);
  // The archive is checked before the database is even opened (restoreBackup checks it again).
  await (await openArchive(archive)).close();
  const env = readEnv();
  // Never beside a running portal: the embedded server's lock refuses a data directory in use.
  const database = await openDatabase(env);
  try {
    const summary = await restoreBackup({
      archive,
      databaseUrl: database.url,
      storage: getAttachmentStorage(env),
      force: values.force ?? false,
    });
    process.stdout.write(describeRestore(summary));
    if (!summary.ok) throw new UserError("恢复后的核对未通过,请勿使用此数据库,并保留备份文件以便排查。");
  } finally {
    await database.stop();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof UserError ? error.message : error);
  process.exit(1);
});
