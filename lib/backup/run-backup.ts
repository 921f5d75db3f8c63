// The nightly backup as the job queue runs it: take the archive, prune old ones, record the run.
// A failure is recorded too, audited, and told to every administrator, since a backup that quietly
// stopped working is found out only on the day it is needed.
import "server-only";
import path from "node:path";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { type RequestContext, recordAudit } from "@/lib/audit/record-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyUsers } from "@/lib/notifications/recipients";
import { rolesWith } from "@/lib/policy";
import { pruneArchives } from "./retention";
import type { BackupSettings } from "./settings";
import { missingFiles, missingWarning, takeBackup } from "./take-backup";

export type ScheduledBackup = {
  db: PrismaClient;
  databaseUrl: string;
  storage: AttachmentStorage;
  settings: Pick<BackupSettings, "dir" | "keep">;
  now: () => Date;
};

export type BackupOutcome = { ok: true; file: string; bytes: number; pruned: string[] } | { ok: false; error: string };

type Finished = { startedAt: Date; finishedAt: Date; file: string; bytes: number; pruned: string[]; warning: string };

/** A successful backup, nightly or by hand (npm run backup), as the admin's page lists it. */
export async function recordBackup(
  db: PrismaClient,
  { pruned, warning, context, ...run }: Finished & { context: RequestContext },
) {
  await db.$transaction(async (tx) => {
    const row = await tx.backupRun.create({ data: { ...run, ok: true, error: warning } });
    if (warning)
      await notifyUsers(
        tx,
        { role: { in: rolesWith("backup.read") } },
        { kind: "backup.incomplete", title: "数据备份缺少证明材料文件", body: warning, link: "/admin/backups" },
      );
    await recordAudit(tx, {
      actor: null,
      action: "backup.run",
      result: "SUCCESS",
      objectType: "BackupRun",
      objectId: row.id,
      after: { file: run.file, bytes: run.bytes, pruned },
      detail: warning || undefined,
      context,
    });
  });
}

export async function runScheduledBackup({ db, databaseUrl, storage, settings, now }: ScheduledBackup) {
  const startedAt = now();
  const context = { clientAddress: "job", requestId: `backup:${startedAt.toISOString()}` };
  try {
    const taken = await takeBackup({ databaseUrl, storage, outDir: settings.dir, now: startedAt });
    const pruned = await pruneArchives(settings.dir, settings.keep);
    const file = path.basename(taken.file);
    const warning = missingWarning(missingFiles(taken.manifest));
    await recordBackup(db, { startedAt, finishedAt: now(), file, bytes: taken.bytes, pruned, warning, context });
    return { ok: true, file, bytes: taken.bytes, pruned } satisfies BackupOutcome;
  } catch (failure) {
    const error = (failure as Error).message || String(failure);
    await db.$transaction(async (tx) => {
      const run = await tx.backupRun.create({ data: { startedAt, finishedAt: now(), ok: false, error } });
      await notifyUsers(
        tx,
        { role: { in: rolesWith("backup.read") } },
        { kind: "backup.failed", title: "数据备份失败", body: error, link: "/admin/backups" },
      );
      await recordAudit(tx, {
        actor: null,
        action: "backup.run",
        result: "FAILURE",
        objectType: "BackupRun",
        objectId: run.id,
        detail: error,
        context,
      });
    });
    return { ok: false, error } satisfies BackupOutcome;
  }
}
