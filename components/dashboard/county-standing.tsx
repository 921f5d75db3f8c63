import { StatusBadge } from "@/components/dashboard/status-badge";
import { FactGrid, type Fact } from "./fact-grid";
import { formatPercent } from "@/lib/dashboard/status-labels";
import type { CountyProgress } from "@/lib/dashboard/progress-types";

type Props = { county: CountyProgress; countyCount: number; timeProgress: number };

// The county's 序时进度 is its quotas' expected progress, weighted as its completion; without a
// completion there is nothing to weigh, and the calendar's share stands in.

/** The county's own standing: its numbers and its rank only, never another county's figures. */
export function CountyStanding({ county, countyCount, timeProgress }: Props) {
  const facts: Fact[] = [
    ["综合完成率", formatPercent(county.completion)],
    ["序时进度", formatPercent(county.expected ?? timeProgress)],
    ["状态", <StatusBadge key="status" status={county.status} />],
    ["全市排名", county.rank === null ? "暂无排名" : `第 ${county.rank} 名 / 共 ${countyCount} 个县区`],
    [
      "按时报送率",
      county.reportsDue === 0
        ? "—"
        : `${formatPercent(county.onTimeRate)}(${county.reportsOnTime}/${county.reportsDue} 份)`,
    ],
    ["逾期未报", `${county.overdueReports} 份`],
  ];
  return <FactGrid facts={facts} testId="county-standing" />;
}
