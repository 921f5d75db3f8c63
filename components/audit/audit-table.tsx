import { actionText, resultLabel, roleLabel } from "@/lib/audit/labels";
import type { AuditRow } from "@/lib/audit/queries";
import { formatTimestamp } from "@/lib/time/format";
import { AuditValue } from "./audit-value";

const RESULT_STYLES: Record<string, string> = {
  SUCCESS: "text-emerald-700",
  FAILURE: "text-amber-700",
  DENIED: "text-red-700",
};

const HEADERS = [
  "时间(北京时间)",
  "用户",
  "角色",
  "单位",
  "操作",
  "对象",
  "结果",
  "客户端地址",
  "请求编号",
  "变更与说明",
];

export function AuditTable({ rows, unitName }: { rows: AuditRow[]; unitName: (code: string) => string }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-slate-500">
        没有符合条件的审计记录。
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={String(row.id)} data-testid="audit-row">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                {formatTimestamp(row.at)}
                <div className="text-xs text-slate-500">编号 {String(row.id)}</div>
              </td>
              <td className="px-3 py-2">{row.username ?? "—"}</td>
              <td className="whitespace-nowrap px-3 py-2">{roleLabel(row.role) || "—"}</td>
              <td className="px-3 py-2">{row.unitCode ? unitName(row.unitCode) : "—"}</td>
              <td className="px-3 py-2">{actionText(row.action)}</td>
              <td className="break-words px-3 py-2">
                {[row.objectType, row.objectId].filter(Boolean).join(" ") || "—"}
              </td>
              <td className={`whitespace-nowrap px-3 py-2 ${RESULT_STYLES[row.result] ?? ""}`}>
                {resultLabel(row.result)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.clientAddress ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs break-all">{row.requestId ?? "—"}</td>
              <td className="min-w-48 space-y-1 px-3 py-2">
                <AuditValue label="前" value={row.before} />
                <AuditValue label="后" value={row.after} />
                <AuditValue label="说明" value={row.detail} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
