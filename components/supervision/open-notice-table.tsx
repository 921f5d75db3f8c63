// 督查单 still open (待反馈, 已反馈待审核, 退回重新反馈) per county and colour, on the city dashboard.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";

export type OpenNoticeCount = { code: string; name: string; red: number; yellow: number };

export function OpenNoticeTable({ counts }: { counts: OpenNoticeCount[] }) {
  return (
    <section aria-labelledby="dash-notices-heading" className="space-y-2">
      <h2 id="dash-notices-heading" className="text-lg font-semibold">
        督查单办理中
      </h2>
      <DataTable
        columns={[{ label: "县区" }, { label: "红色", numeric: true }, { label: "黄色", numeric: true }]}
        testId="open-notice-table"
        caption="已下发、尚未办结的督查单(待反馈、已反馈待审核、退回重新反馈)。"
      >
        {counts.map((row) => (
          <tr key={row.code} data-county={row.code}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              <Link href={`/supervision?tab=open&unit=${row.code}`} className="text-brand-700 hover:underline">
                {row.name}
              </Link>
            </th>
            <td className={`px-3 py-2 text-right tabular-nums ${row.red ? "font-medium text-red-700" : ""}`}>
              {row.red} 份
            </td>
            <td className={`px-3 py-2 text-right tabular-nums ${row.yellow ? "font-medium text-amber-800" : ""}`}>
              {row.yellow} 份
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
