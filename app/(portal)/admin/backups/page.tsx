import type { Metadata } from "next";
import { BackupRunTable } from "@/components/admin/backup-run-table";
import { listBackupRuns } from "@/lib/backup/queries";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "数据备份" };
export const dynamic = "force-dynamic";

export default async function AdminBackupsPage() {
  const viewer = await requireViewer("backup.read");
  const runs = await listBackupRuns(viewer);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">数据备份</h1>
        <p className="mt-1 text-sm text-slate-600">
          门户每晚自动备份数据库和证明材料(时间由 BACKUP_CRON
          设置),备份失败时会通知所有系统管理员。恢复方法见说明文档“备份与恢复”一节。
        </p>
      </div>
      <section aria-labelledby="backup-runs" className="space-y-2">
        <h2 id="backup-runs" className="text-lg font-medium">
          最近的备份
        </h2>
        <BackupRunTable runs={runs} />
      </section>
    </div>
  );
}
