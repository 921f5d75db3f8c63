// Shared by the command-line tools: open the database (beside a running portal if there is one),
// run the task, close everything, and report expected errors without a stack.
import { openDatabase, type OpenDatabase } from "../lib/db/open-database";
import { getPrisma } from "../lib/db";
import { readEnv, setPortalEnv } from "../lib/env";
import { UserError } from "../lib/errors";

export function runWithDatabase(task: (database: OpenDatabase) => Promise<void>): void {
  (async () => {
    const database = await openDatabase(readEnv(), { shareRunning: true });
    setPortalEnv({ DATABASE_URL: database.url });
    try {
      await task(database);
    } finally {
      await getPrisma().$disconnect();
      await database.stop();
    }
  })().catch((error: Error) => {
    console.error(error instanceof UserError ? error.message : error);
    process.exit(1);
  });
}
