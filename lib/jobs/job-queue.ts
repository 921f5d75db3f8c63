// The portal's scheduled work, on one PostgreSQL-backed queue (pg-boss) in the portal's own
// database: a cron schedule is held in the database and fired once however many portal instances
// run, and a job's work is idempotent besides (automatic reminders are recorded once each).
// Jobs read the portal's clock, so the demo's reminders follow the demo's 2022.
import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";
import { getAttachmentStorage } from "@/lib/attachments/storage";
import { runScheduledBackup } from "@/lib/backup/run-backup";
import type { BackupSettings } from "@/lib/backup/settings";
import { createPrismaClient } from "@/lib/db";
import { runAutomaticReminders } from "@/lib/reminders/auto/run-reminders";
import { runSupervisionLadder } from "@/lib/supervision/run-ladder";
import { portalNow } from "@/lib/time/clock";
import { TIME_ZONE } from "@/lib/time/days";

export const REMINDER_JOB = "automatic-reminders";
export const SUPERVISION_JOB = "supervision-ladder";
export const BACKUP_JOB = "nightly-backup";

export type JobQueue = { boss: PgBoss; stop: () => Promise<void> };

/** `now` is the portal's clock; a test passes its own. A cron left out is "off". */
export type JobSettings = {
  databaseUrl: string;
  reminderCron: string;
  supervisionCron?: string;
  backup?: BackupSettings;
  now?: () => Date;
};

/** Starts the queue, (re)writes the schedules from the settings and works the jobs. */
export async function startJobQueue({
  databaseUrl,
  reminderCron,
  supervisionCron = "off",
  backup,
  now = portalNow,
}: JobSettings): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", application_name: "portal-jobs", max: 4 });
  boss.on("error", (error) => console.error(`[定时任务] ${error.message}`));
  await boss.start();
  await whileHoldingSetupLock(databaseUrl, async () => {
    await scheduleJob(boss, REMINDER_JOB, reminderCron);
    await scheduleJob(boss, SUPERVISION_JOB, supervisionCron);
    // No retries and no catch-up at start: a failed backup is told to the admins, and the next night tries again.
    await boss.createQueue(BACKUP_JOB, { name: BACKUP_JOB, policy: "singleton", retryLimit: 0 });
    if (!backup || backup.cron === "off") await boss.unschedule(BACKUP_JOB);
    else await boss.schedule(BACKUP_JOB, backup.cron, {}, { tz: TIME_ZONE });
  });
  const db = createPrismaClient(databaseUrl);
  await boss.work(REMINDER_JOB, async () => {
    const run = await runAutomaticReminders(db, now());
    if (run.reminders)
      console.error(`[定时任务] 自动提醒: ${run.reminders} 项, ${run.notifications} 条通知, ${run.mailed} 封邮件`);
    return run;
  });
  await boss.work(SUPERVISION_JOB, async () => {
    const run = await runSupervisionLadder(db, now());
    if (run.proposed) console.error(`[定时任务] 督查单: 拟发 ${run.proposed} 份, 自动下发 ${run.issued} 份`);
    return run;
  });
  if (backup)
    await boss.work(BACKUP_JOB, async () => {
      const run = await runScheduledBackup({ db, databaseUrl, storage: getAttachmentStorage(), settings: backup, now });
      console.error(`[定时任务] 数据备份: ${run.ok ? `${run.file} (${run.bytes} 字节)` : `失败: ${run.error}`}`);
      return run;
    });
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.$disconnect();
    },
  };
}

async function scheduleJob(boss: PgBoss, name: string, cron: string): Promise<void> {
  await boss.createQueue(name, { name, policy: "singleton", retryLimit: 2, retryDelay: 60 });
  if (cron === "off") await boss.unschedule(name);
  else {
    await boss.schedule(name, cron, {}, { tz: TIME_ZONE });
    // A start catches up what a stopped portal missed; the singleton key keeps instances starting together to one run.
    await boss.send(name, {}, { singletonKey: "start", singletonMinutes: 5 });
  }
}

/** Instances starting together set the queues up one after another (concurrent creation deadlocked). */
async function whileHoldingSetupLock(databaseUrl: string, setUp: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('portal-job-queue-setup'))");
    await setUp();
  } finally {
    await client.end();
  }
}
