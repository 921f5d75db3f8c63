// 督查单 still open (待反馈, 已反馈待审核, 退回重新反馈) per county and colour, on the city dashboard.
import Link from "next/link";

export type OpenNoticeCount = { code: string; name: string; red: number; yellow: number };

export function OpenNoticeTable({ counts }: { counts: OpenNoticeCount[] }) {
  return (
    <section aria-labelledby="dash-notices-heading" className="space-y-2">
      <h2 id="dash-notices-heading" className="text-lg font-semibold">
        督查单办理中
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="open-notice-table">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">
            已下发、尚未办结的督查单(待反馈、已反馈待审核、退回重新反馈)。
          </caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                县区
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                红色
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                黄色
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
