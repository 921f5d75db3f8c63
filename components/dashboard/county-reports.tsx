import Link from "next/link";
import { OverdueBadge, StateBadge } from "@/components/reports/state-badge";
import type { CountyMonth, ReturnedReport } from "@/lib/dashboard/unit-dashboard";
import { formatPeriod } from "@/lib/time/format";

type Props = {
  month: CountyMonth;
  returned: ReturnedReport[];
  period: string;
  today: string;
  readable: Set<number>;
  canFile: boolean;
};

const dayText = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;

const CELL = "px-3 py-2";

/** The county's work still in its own hands: this month's reports not yet sent to the city, and those sent back. */
export function CountyReports({ month, returned, period, today, readable, canFile }: Props) {
  const overdue = today > month.dueDay;
  const open = (id: number | null, about: string) =>
    id !== null && readable.has(id) ? (
      <Link href={`/reports/${id}`} className="text-brand-700 hover:underline">
        查看报告<span className="sr-only">:{about}</span>
      </Link>
    ) : id === null && canFile ? (
      <Link href={`/reports?period=${period}`} className="text-brand-700 hover:underline">
        去填报<span className="sr-only">:{about}</span>
      </Link>
    ) : null;
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">
          {formatPeriod(period)}待报送({month.unsent.length} 份)
        </h3>
        <p className="text-sm text-slate-600">
          报送截止:{dayText(month.dueDay)}
          {month.extended ? "(已获准延期)" : ""} {overdue && month.unsent.length > 0 && <OverdueBadge />}
        </p>
        {month.unsent.length === 0 ? (
          <p className="text-sm text-slate-600">本月报告均已报送市局。</p>
        ) : (
          <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="county-unsent">
            <caption className="sr-only">{formatPeriod(period)}尚未报送市局的报告</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className={CELL}>
                  要点
                </th>
                <th scope="col" className={CELL}>
                  状态
                </th>
                <th scope="col" className={CELL}>
                  操作
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {month.unsent.map((duty) => (
                <tr key={duty.pointNo}>
                  <th scope="row" className={`${CELL} text-left font-normal`}>
                    第{duty.pointNo}条 {duty.pointTitle}
                  </th>
                  <td className={CELL}>
                    <StateBadge state={duty.state} />
                  </td>
                  <td className={CELL}>{open(duty.reportId, `第${duty.pointNo}条`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">被退回的报告({returned.length} 份)</h3>
        {returned.length === 0 ? (
          <p className="text-sm text-slate-600">没有被退回待修改的报告。</p>
        ) : (
          <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="county-returned">
            <caption className="sr-only">被退回待修改的报告</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className={CELL}>
                  要点
                </th>
                <th scope="col" className={CELL}>
                  月份
                </th>
                <th scope="col" className={CELL}>
                  退回原因
                </th>
                <th scope="col" className={CELL}>
                  操作
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {returned.map((report) => (
                <tr key={report.id}>
                  <th scope="row" className={`${CELL} text-left font-normal`}>
                    第{report.pointNo}条 {report.pointTitle}
                  </th>
                  <td className={CELL}>{formatPeriod(report.period)}</td>
                  <td className={`${CELL} break-words`}>{readable.has(report.id) ? report.reason || "—" : "—"}</td>
                  <td className={CELL}>{open(report.id, `第${report.pointNo}条 ${formatPeriod(report.period)}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
