import Link from "next/link";
import { QuotaCells, QuotaHeaderCells } from "@/components/dashboard/quota-cells";
import type { IndicatorProgress, PointProgress, UnitProgress } from "@/lib/dashboard/progress-types";

export type CountyQuota = {
  point: Pick<PointProgress, "no" | "title">;
  indicator: IndicatorProgress;
  row: UnitProgress;
};

type Props = { county: string; quotas: CountyQuota[]; period: string; readable: Set<number>; linkIndicators: boolean };

/** Every quota the county holds, with its approved value and the report it comes from. */
export function CountyQuotaTable({ county, quotas, period, readable, linkIndicators }: Props) {
  if (quotas.length === 0) return <p className="text-sm text-slate-600">本县区没有分解任务。</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="county-quotas">
        <caption className="px-3 py-2 text-left text-slate-600">{county}各项任务完成情况</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              指标
            </th>
            <QuotaHeaderCells />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {quotas.map(({ point, indicator, row }) => (
            <tr key={indicator.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {linkIndicators ? (
                  <Link
                    href={`/dashboard/indicators/${indicator.id}?period=${period}`}
                    className="text-brand-700 hover:underline"
                  >
                    {indicator.name}
                  </Link>
                ) : (
                  indicator.name
                )}
                <span className="block text-xs text-slate-500">
                  第{point.no}条 {point.title}
                </span>
              </th>
              <QuotaCells indicator={indicator} row={row} about={indicator.name} readable={readable} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
