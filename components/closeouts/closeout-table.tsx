import Link from "next/link";
import type { CloseoutRow } from "@/lib/closeouts/queries";
import { formatDateTime } from "@/lib/time/format";
import { CloseoutStateBadge } from "./closeout-state";

/** Close-outs as a table, each row opening its page. */
export function CloseoutTable({ rows, caption }: { rows: CloseoutRow[]; caption: string }) {
  const cell = "px-3 py-2";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              事项
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              单位
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              申请时间
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              状态
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={row.id} data-testid="closeout-row">
              <td className={cell}>
                <Link className="text-brand-700 underline-offset-2 hover:underline" href={`/closeouts/${row.id}`}>
                  第{row.point.no}条 {row.point.title}
                  {row.indicator ? ` · ${row.indicator.name}` : " · 整条要点"}
                </Link>
              </td>
              <td className={`${cell} whitespace-nowrap`}>{row.unit.name}</td>
              <td className={`${cell} whitespace-nowrap text-slate-600`}>{formatDateTime(row.appliedAt)}</td>
              <td className={cell}>
                <CloseoutStateBadge state={row.state} closedAt={row.closedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
