import Link from "next/link";
import { KIND_DESCRIPTIONS, KIND_LABELS } from "@/lib/plans/labels";
import type { PointDetail } from "@/lib/plans/queries";
import { IndicatorTarget } from "./indicator-target";

type Props = {
  indicators: PointDetail["indicators"] /** Set when the viewer may open the indicators' dashboards. */;
  progressLinks?: boolean;
};

export function IndicatorTable({ indicators, progressLinks = false }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              指标
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              年度目标
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              汇总方式
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicators.map((indicator) => (
            <tr key={indicator.id} data-testid="indicator-row">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {progressLinks ? (
                  <Link href={`/dashboard/indicators/${indicator.id}`} className="text-brand-700 hover:underline">
                    {indicator.name}
                  </Link>
                ) : (
                  indicator.name
                )}
              </th>
              <td className="px-3 py-2">
                <IndicatorTarget target={indicator.target} unit={indicator.unit} direction={indicator.direction} />
              </td>
              <td className="px-3 py-2 text-slate-600" title={KIND_DESCRIPTIONS[indicator.kind]}>
                {KIND_LABELS[indicator.kind]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
