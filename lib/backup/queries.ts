// The admin's view of the backups: the last runs, newest first, as /admin/backups shows them.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { can } from "@/lib/policy";

export async function listBackupRuns(viewer: Viewer, take = 30) {
  if (!can(viewer, "backup.read")) return [];
  const runs = await getPrisma().backupRun.findMany({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, startedAt: true, finishedAt: true, ok: true, file: true, bytes: true, error: true },
  });
  return runs.map((run) => ({ ...run, bytes: Number(run.bytes) }));
}

export type BackupRunRow = Awaited<ReturnType<typeof listBackupRuns>>[number];
