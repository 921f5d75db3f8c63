// The nightly backup as the job queue runs it: a successful run is recorded and prunes to
// BACKUP_KEEP; a failed run is recorded, audited and told to every administrator; BACKUP_CRON puts
// the schedule on the queue in Beijing time and `off` takes it away.
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { attachmentsDirectory, fileSystemStorage } from "@/lib/attachments/storage";
import { archiveName } from "@/lib/backup/archive-name";
import { pruneArchives } from "@/lib/backup/retention";
import { runScheduledBackup } from "@/lib/backup/run-backup";
import { getPrisma } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { BACKUP_JOB, startJobQueue } from "@/lib/jobs/job-queue";

const url = inject("databaseUrl");
const at = new Date("2022-11-02T18:00:00Z");
let work: string;

/** Archives named for the days before `at`, the oldest first in modification time too. */
async function oldArchives(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (let day = count; day >= 1; day--) {
    const when = new Date(at.getTime() - day * 86_400_000);
    const name = archiveName(when);
    await writeFile(path.join(dir, name), "old");
    await utimes(path.join(dir, name), when, when);
    names.push(name);
  }
  return names;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "backup-job-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("retention", () => {
  it("keeps the BACKUP_KEEP newest archives and never touches other files", async () => {
    const dir = path.join(work, "retention");
    const names = await oldArchives(dir, 16);
    await writeFile(path.join(dir, "README.txt"), "the operator's notes");
    expect((await pruneArchives(dir, 14)).sort()).toEqual(names.slice(0, 2).sort());
    expect((await readdir(dir)).sort()).toEqual([...names.slice(2), "README.txt"].sort());
  });
});

describe("the nightly backup", () => {
  it("records a successful run and prunes the archives beyond BACKUP_KEEP", async () => {
    const dir = path.join(work, "nightly");
    const old = await oldArchives(dir, 3);
    const outcome = await runScheduledBackup({
      db: getPrisma(),
      databaseUrl: url,
      storage: fileSystemStorage(attachmentsDirectory(readEnv())),
      settings: { dir, keep: 2 },
      now: () => at,
    });
    expect(outcome).toMatchObject({ ok: true, file: "backup-2022-11-03T0200+0800.tar.gz", pruned: old.slice(0, 2) });
    expect((await readdir(dir)).sort()).toEqual([old[2], "backup-2022-11-03T0200+0800.tar.gz"].sort());
    const run = await getPrisma().backupRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    // Its note is empty unless another file of the tier left an attachment row whose file it never stored
    // (the shared demo database): that case has its own test below.
    expect(run).toMatchObject({ ok: true, file: "backup-2022-11-03T0200+0800.tar.gz" });
    expect(run.error).toMatch(/^$|^\d+ 个证明材料文件在存储中找不到/);
    expect(Number(run.bytes)).toBeGreaterThan(0);
  }, 180_000);

  it("still backs the database up when evidence files are lost, names them, and tells the administrators", async () => {
    const lost: AttachmentStorage = {
      kind: "filesystem",
      put: async () => {},
      get: async () => null,
      remove: async () => {},
    };
    const db = getPrisma();
    const lastNotification = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const outcome = await runScheduledBackup({
      db,
      databaseUrl: url,
      storage: lost,
      settings: { dir: path.join(work, "lost"), keep: 14 },
      now: () => at,
    });
    expect(outcome.ok).toBe(true);
    const run = await db.backupRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run.ok).toBe(true);
    expect(run.error).toMatch(/^\d+ 个证明材料文件在存储中找不到,未能备份/);
    const told = await db.notification.findMany({ where: { id: { gt: lastNotification }, kind: "backup.incomplete" } });
    expect(told.length).toBeGreaterThan(0);
  }, 180_000);

  it("records a failed run, audits it and notifies every administrator", async () => {
    const broken: AttachmentStorage = {
      kind: "filesystem",
      put: async () => {},
      get: async () => {
        throw new Error("存储无法读取");
      },
      remove: async () => {},
    };
    const db = getPrisma();
    const admins = await db.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
    expect(admins.length).toBeGreaterThan(0);
    const lastNotification = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const outcome = await runScheduledBackup({
      db,
      databaseUrl: url,
      storage: broken,
      settings: { dir: path.join(work, "failing"), keep: 14 },
      now: () => at,
    });
    expect(outcome).toMatchObject({ ok: false, error: "存储无法读取" });
    const run = await db.backupRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run).toMatchObject({ ok: false, file: "", error: outcome.ok ? "" : outcome.error });
    const told = await db.notification.findMany({
      where: { id: { gt: lastNotification }, kind: "backup.failed" },
      select: { userId: true, title: true, link: true },
    });
    expect(told.map((notice) => notice.userId).sort()).toEqual(admins.map((admin) => admin.id).sort());
    expect(told[0]).toMatchObject({ title: "数据备份失败", link: "/admin/backups" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "backup.run" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ result: "FAILURE", objectType: "BackupRun", objectId: String(run.id) });
  }, 180_000);

  it("is scheduled by BACKUP_CRON in Beijing time, and `off` unschedules it", async () => {
    const schedule = () =>
      getPrisma().$queryRaw<{ cron: string; timezone: string }[]>`
        SELECT cron, timezone FROM pgboss.schedule WHERE name = ${BACKUP_JOB}`;
    const settings = { dir: path.join(work, "scheduled"), keep: 14 };
    const on = await startJobQueue({
      databaseUrl: url,
      reminderCron: "off",
      backup: { ...settings, cron: "0 2 * * *" },
    });
    await on.stop();
    expect(await schedule()).toEqual([{ cron: "0 2 * * *", timezone: "Asia/Shanghai" }]);
    const off = await startJobQueue({ databaseUrl: url, reminderCron: "off", backup: { ...settings, cron: "off" } });
    await off.stop();
    expect(await schedule()).toEqual([]);
  }, 60_000);
});
