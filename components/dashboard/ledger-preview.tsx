import type { LedgerPoint } from "@/lib/ledger/ledger-rows";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { StatusBadge } from "./status-badge";
import { indicatorValueText } from "./indicator-value";

/** What the file holds, a line per indicator and unit: enough to check the filters before exporting. */
export function LedgerPreview({ ledger }: { ledger: LedgerPoint[] }) {
  if (ledger.length === 0) return <p className="text-sm text-slate-600">没有符合筛选条件的要点。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="ledger-preview">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {["序号", "工作任务", "责任单位", "指标", "完成值", "完成率", "状态", "本月报告"].map((header) => (
              <th key={header} scope="col" className="px-3 py-2 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ledger.flatMap(({ point, groups }) =>
            groups.flatMap((group) =>
              group.lines.map(({ indicator, unit }) => (
                <tr key={`${point.no}-${group.unitCode}-${indicator?.id ?? "point"}`}>
                  <td className="px-3 py-1.5">{point.no}</td>
                  <td className="px-3 py-1.5">{point.title}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{group.unitName}</td>
                  <td className="px-3 py-1.5">{indicator ? indicator.name : "定性任务"}</td>
                  <td className="px-3 py-1.5 text-right">
                    {indicator && unit ? indicatorValueText(indicator, unit.achieved) : "—"}
                  </td>
                  <td className="px-3 py-1.5 text-right">{formatPercent(unit?.completion ?? null)}</td>
                  <td className="px-3 py-1.5">{unit ? <StatusBadge status={unit.status} /> : "—"}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{group.narrative.label}</td>
                </tr>
              )),
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
