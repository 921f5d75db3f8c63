// The summary npm run restore prints: what came back, and every check with its verdict.
import { formatTimestamp } from "@/lib/time/format";
import type { RestoreSummary } from "./restore-backup";

export function describeRestore(summary: RestoreSummary): string {
  const { manifest, tables, evidence, audit } = summary;
  const wrong = tables.filter((table) => table.expected !== table.restored);
  const rows = tables.reduce((sum, table) => sum + table.restored, 0);
  const lines = [
    `备份时间 ${formatTimestamp(new Date(manifest.createdAt))}(北京时间,门户时钟;门户版本 ${manifest.portalVersion},迁移 ${manifest.migration})`,
    summary.replaced.length ? `已按 --force 清除目标数据库原有数据(${summary.replaced.join("、")} 等表)` : "",
    `数据: ${tables.length} 张表 ${rows} 行,${wrong.length ? `行数不符: ${wrong.map((t) => `${t.name} 应为 ${t.expected} 实为 ${t.restored}`).join(";")}` : "与清单一致"}`,
    summary.migratedOn.length ? `备份早于本版本,已在恢复后应用较新的迁移: ${summary.migratedOn.join(", ")}` : "",
    `证明材料: 恢复 ${evidence.restored} 个文件${evidence.mismatched.length ? `,校验不符 ${evidence.mismatched.length} 个` : ",校验一致"}` +
      (evidence.leftInObjectStorage ? `;${evidence.leftInObjectStorage} 个仍在对象存储中(备份未含对象本身)` : "") +
      (evidence.missingAtBackup ? `;${evidence.missingAtBackup} 个在备份时已缺失` : ""),
    audit.ok ? `审计日志: ${audit.rows} 条记录,哈希链完整` : `审计日志校验未通过: ${audit.reason}`,
    summary.ok ? "恢复完成,全部核对通过。" : "恢复后的核对未通过。",
  ];
  return `${lines.filter(Boolean).join("\n")}\n`;
}
