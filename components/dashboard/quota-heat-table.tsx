import Link from "next/link";
import type { CountyProgress, PlanProgress, Status, UnitProgress } from "@/lib/dashboard/progress-types";
import {
  COLOUR_LABELS,
  formatPercent,
  hasNoQuota,
  NO_QUOTA_LABEL,
  STATUS_COLOUR,
  STATUS_LABELS,
} from "@/lib/dashboard/status-labels";
import { COUNTIES } from "@/lib/org/units";

const TONES = {
  green: "bg-green-50 text-green-900",
  yellow: "bg-amber-100 text-amber-950",
  red: "bg-red-100 text-red-900",
} as const;

// The full names of the two development zones would make the columns three lines tall.
const shortName = (county: CountyProgress) =>
  COUNTIES.find((seed) => seed.code === county.code)?.shortName ?? county.name;

type Props = {
  progress: PlanProgress /** Past this many counties, show those furthest behind and link to the whole table. */;
  maxCounties?: number;
};

/** Indicator × county: each quota's completion, in colour and in words, linking to that county's dashboard. */
export function QuotaHeatTable({ progress, maxCounties }: Props) {
  const { period } = progress;
  const counties = furthestBehind(progress.counties, maxCounties);
  const abridged = counties.length < progress.counties.length;
  const indicators = progress.points
    .flatMap((point) => point.indicators)
    .filter((indicator) => indicator.units.length > 1);
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="dash-heat-heading" className="space-y-2">
      <h2 id="dash-heat-heading" className="text-lg font-semibold">
        县区配额完成情况
      </h2>
      {abridged && (
        <p className="text-sm text-slate-600">
          共 {progress.counties.length} 个县区,此处列出综合完成率最低的 {counties.length} 个。
          <Link href={`/dashboard/quotas?period=${period}`} className="ml-1 text-brand-700 hover:underline">
            查看全部县区
          </Link>
        </p>
      )}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table
          className="w-full text-xs [&_a]:block [&_a]:whitespace-pre-line [&_a:hover]:underline [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-center"
          data-testid="heat-table"
        >
          <caption className="px-3 py-2 text-left text-slate-500">
            各县区配额完成率;颜色与文字同表状态(绿:超前、正常,黄:滞后,红:严重滞后)。
          </caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                指标
              </th>
              {counties.map((county) => (
                <th key={county.code} scope="col" className="px-2 py-2 text-center font-medium">
                  <abbr title={county.name} className="no-underline">
                    {shortName(county)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {indicators.map((indicator) => {
              const byCode = new Map(indicator.units.map((unit) => [unit.unitCode, unit]));
              return (
                <tr key={indicator.id}>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    <Link
                      href={`/dashboard/indicators/${indicator.id}?period=${period}`}
                      className="text-brand-700 hover:underline"
                    >
                      {indicator.name}
                    </Link>
                  </th>
                  {counties.map((county) => (
                    <HeatCell
                      key={county.code}
                      unit={byCode.get(county.code)}
                      href={`/dashboard/counties/${county.code}?period=${period}`}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// A page that stays small at any size: a province's 84 counties would make a table of 1,600 cells.
function furthestBehind(counties: CountyProgress[], max: number | undefined): CountyProgress[] {
  if (max === undefined || counties.length <= max) return counties;
  const order = (county: CountyProgress) => county.completion ?? Number.NEGATIVE_INFINITY;
  const chosen = new Set([...counties].sort((a, b) => order(a) - order(b)).slice(0, max));
  return counties.filter((county) => chosen.has(county));
}

// 140-odd cells: their styling lives on the table and their links are plain anchors, so the page stays small.
function HeatCell({ unit, href }: { unit: UnitProgress | undefined; href: string }) {
  if (!unit) return <td className="text-slate-500">无配额</td>;
  // A quota of 0 reads as the quota tables and the exports say it, not as missing data.
  if (hasNoQuota(unit))
    return (
      <td className="text-slate-500">
        <a href={href}>{NO_QUOTA_LABEL}</a>
      </td>
    );
  const status: Status | null = unit.status;
  const label = status ? `${COLOUR_LABELS[STATUS_COLOUR[status]]} · ${STATUS_LABELS[status]}` : "无数据";
  return (
    <td className={status ? TONES[STATUS_COLOUR[status]] : "text-slate-500"}>
      <a href={href}>{`${formatPercent(unit.completion)}\n${label}`}</a>
    </td>
  );
}
