import type { BackupRunRow } from "@/lib/backup/queries";
import { formatSize } from "@/lib/backup/format-size";
import { formatTimestamp } from "@/lib/time/format";
import { DataTable } from "@/components/ui/data-table";

export function BackupRunTable({ runs }: { runs: BackupRunRow[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">还没有备份记录。</p>;
  return (
    <DataTable
      columns={[{ label: "时间" }, { label: "结果" }, { label: "大小", numeric: true }, { label: "文件 / 原因" }]}
    >
      {runs.map((run) => (
        <tr key={run.id} className="align-top">
          <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap tabular-nums">
            {formatTimestamp(run.startedAt)}
          </th>
          <td className={`px-3 py-2 whitespace-nowrap ${run.ok ? "text-green-800" : "font-medium text-red-700"}`}>
            {run.ok ? "成功" : "失败"}
          </td>
          <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
            {run.ok ? formatSize(run.bytes) : "—"}
          </td>
          <td className="px-3 py-2 break-all">
            {run.ok ? <span className="font-mono">{run.file}</span> : run.error}
            {run.ok && run.error ? <p className="mt-1 text-amber-800">{run.error}</p> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
