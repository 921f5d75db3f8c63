import Link from "next/link";
import type { BulletinListRow } from "@/lib/bulletins/queries";
import { formatDay, formatPeriod } from "@/lib/time/format";
import { DataTable } from "@/components/ui/data-table";

export function BulletinList({ rows }: { rows: BulletinListRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">暂无通报。</p>;
  return (
    <DataTable columns={[{ label: "月份" }, { label: "标题" }, { label: "文号" }, { label: "成文日期" }]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td className="px-3 py-2 whitespace-nowrap">{formatPeriod(row.period)}</td>
          <td className="px-3 py-2">
            <Link href={`/bulletins/${row.id}`} className="text-brand-700 underline">
              {row.title}
            </Link>
            {row.state === "DRAFT" && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">草稿</span>
            )}
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{row.numberText ?? "—"}</td>
          <td className="px-3 py-2 whitespace-nowrap">{row.signedOn ? formatDay(row.signedOn) : "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
