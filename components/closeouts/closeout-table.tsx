import Link from "next/link";
import type { CloseoutRow } from "@/lib/closeouts/queries";
import { formatDateTime } from "@/lib/time/format";
import { CloseoutStateBadge } from "./closeout-state";
import { CELL as cell, DataTable } from "@/components/ui/data-table";

/** Close-outs as a table, each row opening its page. */
export function CloseoutTable({ rows, caption }: { rows: CloseoutRow[]; caption: string }) {
  return (
    <DataTable
      columns={[{ label: "事项" }, { label: "单位" }, { label: "申请时间" }, { label: "状态" }]}
      caption={caption}
      captionHidden
      bodyClassName="align-top"
    >
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
    </DataTable>
  );
}
