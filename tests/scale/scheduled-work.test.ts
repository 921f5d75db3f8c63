// Scheduled work runs once however many instances run the queue: both instances start with a backup
// every minute (BACKUP_CRON, tests/scale/global-setup.ts) and both work the pg-boss queue, yet each
// firing of the schedule makes one job and one backup.
import { expect, it } from "vitest";
import { query } from "./helpers/cluster";
import { millisecondsUntil } from "./helpers/poll";

type Counts = { runs: number; jobs: number };

const counts = async (): Promise<Counts> => {
  const [row] = await query<Counts>(
    `SELECT (SELECT count(*)::int FROM "BackupRun") AS runs,
            (SELECT count(*)::int FROM pgboss.job WHERE name = 'nightly-backup' AND state = 'completed') AS jobs`,
  );
  return row;
};

it("a schedule both instances hold fires once: one backup per firing", async () => {
  // The first firing comes within a minute and a half of the start (pg-boss checks its schedules every 30 s).
  await millisecondsUntil(counts, ({ runs, jobs }) => runs >= 1 && runs === jobs, 150_000);

  const perMinute = await query<{ firings: number }>(
    `SELECT count(*)::int AS firings FROM pgboss.job WHERE name = 'nightly-backup'
     GROUP BY date_trunc('minute', created_on)`,
  );
  expect(perMinute.every(({ firings }) => firings === 1)).toBe(true);
  const runs = await query<{ startedAt: Date; ok: boolean }>(
    `SELECT "startedAt", ok FROM "BackupRun" ORDER BY "startedAt"`,
  );
  expect(runs.every((run) => run.ok)).toBe(true);
  // Two instances taking the same firing would leave two backups seconds apart.
  for (let i = 1; i < runs.length; i++)
    expect(runs[i].startedAt.getTime() - runs[i - 1].startedAt.getTime()).toBeGreaterThan(30_000);
}, 180_000);
