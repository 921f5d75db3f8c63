import Link from "next/link";
import type { PointProgress, SectionProgress } from "@/lib/dashboard/progress-types";
import type { PlanOverview } from "@/lib/plans/queries";
import { IndicatorTarget } from "./indicator-target";
import { ProgressFacts } from "./progress-facts";

const CHINESE_NUMERALS = [
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

type Props = {
  year: number;
  section: PlanOverview["sections"][number];
  /** The dashboard's figures for the section and its points; absent for a draft plan. */
  progress?: SectionProgress;
  pointProgress?: Map<number, PointProgress>;
};

export function PlanSection({ year, section, progress, pointProgress }: Props) {
  return (
    <section aria-labelledby={`section-${section.no}`} className="rounded-lg border border-slate-200 bg-white">
      <div
        className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-3"
        data-testid="plan-section-heading"
      >
        <h2 id={`section-${section.no}`} className="text-lg font-semibold">
          {CHINESE_NUMERALS[section.no] ?? section.no}、{section.title}
        </h2>
        {progress && (
          <ProgressFacts
            completion={progress.completion}
            expected={progress.expected}
            status={progress.status}
            qualitative={section.points.every((point) => point.indicators.length === 0)}
          />
        )}
      </div>
      <ol className="divide-y divide-slate-100">
        {section.points.map((point) => {
          const figures = pointProgress?.get(point.no);
          return (
            <li key={point.no} data-testid="plan-point">
              <Link href={`/plans/${year}/points/${point.no}`} className="block px-4 py-3 hover:bg-slate-50">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <span className="font-medium">
                    <span className="mr-1 tabular-nums text-slate-500">{point.no}.</span>
                    {point.title}
                  </span>
                  <span className="text-sm text-slate-500">牵头:{point.leadUnit.name}</span>
                </div>
                {figures && (
                  <div className="mt-1">
                    <ProgressFacts
                      completion={figures.completion}
                      expected={figures.expected}
                      status={figures.status}
                      qualitative={figures.indicators.length === 0}
                    />
                  </div>
                )}
                {point.indicators.length > 0 && (
                  <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                    {point.indicators.map((indicator) => (
                      <li key={indicator.name} className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">
                        {indicator.name}{" "}
                        <IndicatorTarget
                          target={indicator.target}
                          unit={indicator.unit}
                          direction={indicator.direction}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
