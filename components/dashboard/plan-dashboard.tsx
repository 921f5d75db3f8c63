import { type OpenNoticeCount, OpenNoticeTable } from "@/components/supervision/open-notice-table";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { CountyTable } from "./county-table";
import { DashboardHeader } from "./dashboard-header";
import { MostBehind } from "./most-behind";
import { OverdueList } from "./overdue-list";
import { PlanSummaryCards } from "./plan-summary-cards";
import { QuotaHeatTable } from "./quota-heat-table";
import { SectionProgress } from "./section-progress";
import { WeightsLink } from "./weights-link";

const HEAT_TABLE_COUNTIES = 12;

/** 督办看板: the same for every viewer allowed to see it, so it can be rendered once per data version. */
export function PlanDashboard({
  progress,
  current,
  notices,
}: {
  progress: PlanProgress;
  current: string;
  /** Open 督查单 per county (they move the data version too: lib/supervision). */
  notices?: OpenNoticeCount[];
}) {
  return (
    <div className="space-y-6">
      <DashboardHeader progress={progress} current={current} />
      <WeightsLink year={progress.year} />
      <PlanSummaryCards progress={progress} />
      <SectionProgress progress={progress} />
      <CountyTable counties={progress.counties} period={progress.period} />
      {notices && <OpenNoticeTable counts={notices} />}
      <MostBehind progress={progress} />
      <OverdueList overdue={progress.overdue} year={progress.year} />
      <QuotaHeatTable progress={progress} maxCounties={HEAT_TABLE_COUNTIES} />
    </div>
  );
}
