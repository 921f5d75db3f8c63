// npm run db:migrate — applies pending migrations from prisma/migrations (DATABASE_URL, or the
// embedded database under the data directory). The portal also does this on every start.
import { applyMigrations } from "../lib/db/apply-migrations";
import { runWithDatabase } from "./run-with-database";

runWithDatabase(async (database) => {
  const applied = await applyMigrations(database.url);
  console.error(
    applied.length ? `已应用 ${applied.length} 个迁移: ${applied.join(", ")}` : "数据库已是最新,没有待应用的迁移。",
  );
});
