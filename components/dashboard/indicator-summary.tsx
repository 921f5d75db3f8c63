import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { FactGrid, type Fact } from "./fact-grid";
import { formatPercent, RULE_LABELS, unitsMetText } from "@/lib/dashboard/status-labels";
import type { IndicatorProgress, PointProgress } from "@/lib/dashboard/progress-types";
import { indicatorTargetText, indicatorValueText } from "./indicator-value";

type Props = { indicator: IndicatorProgress; point: Pick<PointProgress, "no" | "title">; year: number };

const ruleText = (indicator: IndicatorProgress) =>
  indicator.rule === "BY_DATE" && indicator.dueOn
    ? `${RULE_LABELS.BY_DATE}(${Number(indicator.dueOn.slice(5, 7))}月${Number(indicator.dueOn.slice(8))}日前)`
    : indicator.direction === "AT_MOST"
      ? "全年不超过限值"
      : RULE_LABELS[indicator.rule];

/** The indicator's standing in words: where it is, where the calendar says it should be, where the year ends. */
export function IndicatorSummary({ indicator, point, year }: Props) {
  const value = (number: number | null) => indicatorValueText(indicator, number);
  const facts: Fact[] = [
    [
      "所属要点",
      <Link key="point" href={`/plans/${year}/points/${point.no}`} className="text-brand-700 hover:underline">
        第{point.no}条 {point.title}
      </Link>,
    ],
    ["目标", indicatorTargetText(indicator)],
    ...(indicator.baseline === null ? [] : [["年初值", value(indicator.baseline)] as Fact]),
    ["已完成", value(indicator.achieved)],
    ["完成率", formatPercent(indicator.completion)],
    ["序时进度", formatPercent(indicator.expected)],
    ["序时规则", ruleText(indicator)],
    ["状态", <StatusBadge key="status" status={indicator.status} />],
    ...(unitsMetText(indicator) === null ? [] : [["县区达标", unitsMetText(indicator)] as Fact]),
  ];
  return (
    <div className="space-y-2">
      <FactGrid facts={facts} />
      <ul className="space-y-1 text-sm">
        {indicator.quotaMode === "MINIMUM" && (
          <li data-testid="minimum-note">
            全市完成率按各县区计至其最低任务为止(一个县区超出不抵另一个县区的不足);年底预测见各县区。
          </li>
        )}
        {indicator.forecast !== null && (
          <li data-testid="forecast">
            按当前进度,年底预计 {value(indicator.forecast)}(完成率 {formatPercent(indicator.forecastCompletion)})。
          </li>
        )}
        {indicator.neededPerMonth !== null && (
          <li data-testid="needed">
            {indicator.neededPerMonth === 0
              ? "已达到全年目标。"
              : `此后每月需完成 ${value(indicator.neededPerMonth)},方能完成全年目标。`}
          </li>
        )}
      </ul>
    </div>
  );
}
