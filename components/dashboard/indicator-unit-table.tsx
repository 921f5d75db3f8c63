import Link from "next/link";
import type { IndicatorProgress } from "@/lib/dashboard/progress-types";
import { QuotaCells, QuotaHeaderCells } from "./quota-cells";

type Props = { indicator: IndicatorProgress; period: string; countyCodes: Set<string>; readable: Set<number> };

/**
 * Each reporting unit's quota and approved value, with the report the value comes from: the drill
 * path from a red indicator to a county's report and its evidence.
 */
export function IndicatorUnitTable({ indicator, period, countyCodes, readable }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="indicator-units">
        <caption className="px-3 py-2 text-left text-slate-600">
          {indicator.name}:各单位任务与完成情况(与上图数字相同)
        </caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              单位
            </th>
            <QuotaHeaderCells />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {indicator.units.map((unit) => (
            <tr key={unit.unitId}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {countyCodes.has(unit.unitCode) ? (
                  <Link
                    href={`/dashboard/counties/${unit.unitCode}?period=${period}`}
                    className="text-brand-700 hover:underline"
                  >
                    {unit.unit}
                  </Link>
                ) : (
                  unit.unit
                )}
              </th>
              <QuotaCells indicator={indicator} row={unit} about={unit.unit} readable={readable} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
