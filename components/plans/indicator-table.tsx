import Link from "next/link";
import { QUOTA_MODE_LABELS, ruleInWords } from "@/lib/plans/admin/words";
import type { PointPageIndicator } from "@/lib/plans/admin/point-page";
import { KIND_DESCRIPTIONS, KIND_LABELS } from "@/lib/plans/labels";
import { formatDate } from "@/lib/time/format";
import { IndicatorTarget } from "./indicator-target";

type Props = {
  indicators: PointPageIndicator[];
  /** Set when the viewer may open the indicators' dashboards. */
  progressLinks?: boolean;
  /** Set when the viewer may change the plan: each row links to its edit pages. */
  manageYear?: number;
};

const HEADINGS = ["指标", "年度目标", "汇总方式", "序时进度", "数值", "分解方式", "年初值"];

/** Each indicator and milestone with how it is measured; retired ones greyed, with their reason. */
export function IndicatorTable({ indicators, progressLinks = false, manageYear }: Props) {
  return (
    // A scrolling region is focusable so a keyboard can scroll the table sideways on a phone (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: axe's scrollable-region-focusable asks exactly for this.
    <section tabIndex={0} aria-label="指标" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {[...HEADINGS, ...(manageYear ? ["管理"] : [])].map((heading) => (
              <th key={heading} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicators.map((indicator) => {
            const retired = indicator.retiredAt !== null;
            return (
              <tr
                key={indicator.id}
                data-testid="indicator-row"
                data-retired={retired || undefined}
                className={retired ? "bg-slate-50 text-slate-500" : undefined}
              >
                <th scope="row" className="min-w-40 px-3 py-2 text-left font-normal">
                  {progressLinks && !retired ? (
                    <Link href={`/dashboard/indicators/${indicator.id}`} className="text-brand-700 hover:underline">
                      {indicator.name}
                    </Link>
                  ) : (
                    <span className={retired ? "line-through" : undefined}>{indicator.name}</span>
                  )}
                  {retired && indicator.retiredAt && (
                    <span className="block text-xs text-slate-500">
                      已停用({formatDate(indicator.retiredAt)}):{indicator.retiredReason}
                    </span>
                  )}
                </th>
                <td className="px-3 py-2">
                  <IndicatorTarget target={indicator.target} unit={indicator.unit} direction={indicator.direction} />
                </td>
                <td className="whitespace-nowrap px-3 py-2" title={KIND_DESCRIPTIONS[indicator.kind]}>
                  {KIND_LABELS[indicator.kind]}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{ruleInWords(indicator.rule, indicator.dueOn)}</td>
                <td className="whitespace-nowrap px-3 py-2">{indicator.wholeNumbers ? "整数" : "—"}</td>
                <td className="px-3 py-2">{QUOTA_MODE_LABELS[indicator.quotaMode]}</td>
                <td className="px-3 py-2 text-xs">
                  {indicator.baselineWords.length > 0 ? indicator.baselineWords.join(";") : "—"}
                </td>
                {manageYear && (
                  <td className="whitespace-nowrap px-3 py-2">
                    {!retired && (
                      <span className="flex gap-2">
                        <Link
                          className="text-brand-700 hover:underline"
                          href={`/plans/${manageYear}/indicators/${indicator.id}`}
                          aria-label={`修改${indicator.name}`}
                        >
                          修改
                        </Link>
                        {indicator.kind !== "MILESTONE" && (
                          <Link
                            className="text-brand-700 hover:underline"
                            href={`/plans/${manageYear}/indicators/${indicator.id}/baselines`}
                            aria-label={`${indicator.name}的年初值`}
                          >
                            年初值
                          </Link>
                        )}
                      </span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
