/** A short tag for what a notification is about, by the prefix of its kind. */
export function kindLabel(kind: string): string {
  if (kind === "report.remind") return "催办";
  if (kind === "report.autoRemind") return "提醒";
  if (kind.startsWith("report.")) return "报告";
  if (kind.startsWith("extension.")) return "延期申请";
  if (kind.startsWith("backup.")) return "数据备份";
  return "通知";
}
