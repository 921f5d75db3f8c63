import "server-only";
import path from "node:path";
import type { PortalEnv } from "@/lib/env";

export type BackupSettings = { cron: string; dir: string; keep: number };

/** The nightly backup's settings: BACKUP_DIR defaults to the data directory's backups/ folder. */
export function backupSettingsOf(env: PortalEnv): BackupSettings {
  return {
    cron: env.BACKUP_CRON,
    dir: env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : path.join(env.dataDir, "backups"),
    keep: env.BACKUP_KEEP,
  };
}
