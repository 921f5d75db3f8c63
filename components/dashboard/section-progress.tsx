import Link from "next/link";
import type { PlanProgress, Status } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { StatusBadge } from "./status-badge";

const NUMERALS = [
  "",
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "十一",
  "十二",
  "十三",
  "十四",
  "十五",
];
const LAGGING: (Status | null)[] = ["BEHIND", "SERIOUSLY_BEHIND"];

/** One row per section of the plan, linking to the section on the plan page, with its lagging points. */
export function SectionProgress({ progress }: { progress: PlanProgress }) {
  const { year, sections, points, period } = progress;
  return (
    <section aria-labelledby="dash-sections-heading" className="space-y-2">
      <h2 id="dash-sections-heading" className="text-lg font-semibold">
        各部分进展
      </h2>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="section-table">
          <caption className="sr-only">各部分完成率、序时进度与状态</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                部分
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                完成率
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                序时进度
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                状态
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                滞后要点
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sections.map((section) => {
              const own = points.filter((point) => point.sectionNo === section.no);
              const lagging = own.filter((point) => LAGGING.includes(point.status));
              const qualitative = own.every((point) => point.indicators.length === 0);
              return (
                <tr key={section.no}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link
                      href={`/plans/${year}?period=${period}#section-${section.no}`}
                      className="text-brand-700 hover:underline"
                    >
                      {NUMERALS[section.no] ?? section.no}、{section.title}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(section.completion)}</td>
                  <td className="px-3 py-2 text-right tabular-nums text-slate-600">
                    {formatPercent(section.expected)}
                  </td>
                  <td className="px-3 py-2">
                    {qualitative ? (
                      <span className="text-xs text-slate-500">定性任务,按月度报告跟踪</span>
                    ) : (
                      <StatusBadge status={section.status} />
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {lagging.length === 0 ? (
                      <span className="text-slate-500">无</span>
                    ) : (
                      <span className="flex flex-wrap gap-x-2">
                        {lagging.map((point) => (
                          <Link
                            key={point.no}
                            href={`/plans/${year}/points/${point.no}?period=${period}`}
                            title={point.title}
                            className="text-brand-700 hover:underline"
                          >
                            第{point.no}条
                          </Link>
                        ))}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
