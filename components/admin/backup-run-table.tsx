import type { BackupRunRow } from "@/lib/backup/queries";
import { formatSize } from "@/lib/backup/format-size";
import { formatTimestamp } from "@/lib/time/format";

export function BackupRunTable({ runs }: { runs: BackupRunRow[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">还没有备份记录。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              时间
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              结果
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              大小
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              文件 / 原因
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
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
        </tbody>
      </table>
    </div>
  );
}
