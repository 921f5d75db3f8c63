import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountyTable } from "@/components/dashboard/county-table";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { MostBehind } from "@/components/dashboard/most-behind";
import { OverdueList } from "@/components/dashboard/overdue-list";
import { PlanSummaryCards } from "@/components/dashboard/plan-summary-cards";
import { QuotaHeatTable } from "@/components/dashboard/quota-heat-table";
import { SectionProgress } from "@/components/dashboard/section-progress";
import { authorize, denyAsNotFound, requireViewer } from "@/lib/auth/viewer";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getPrisma } from "@/lib/db";
import { can, scopeOf } from "@/lib/policy";

export const metadata: Metadata = { title: "督办看板" };
export const dynamic = "force-dynamic";

type Props = { searchParams: DashboardSearchParams };

const HEAT_TABLE_COUNTIES = 12;

export default async function DashboardPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  await authorize(viewer, "dashboard.read");
  // The county table and the heat table show every county by name: a county sees only its own dashboard.
  if (scopeOf(viewer, "dashboard.read") !== "all") await denyAsNotFound(viewer, "dashboard.read", { type: "Dashboard", id: "plan" });
  const { period, current, year } = await dashboardPeriod(searchParams);
  const progress = await getPlanProgress(getPrisma(), year, period);
  if (!progress) notFound();
  return (
    <div className="space-y-6">
      <DashboardHeader progress={progress} current={current} />
      {can(viewer, "plan.import") && (
        <p className="text-sm print:hidden">
          <Link href={`/plans/${year}/weights`} className="text-brand-700 hover:underline">调整完成率权重</Link>
        </p>
      )}
      <PlanSummaryCards progress={progress} />
      <SectionProgress progress={progress} />
      <CountyTable counties={progress.counties} period={period} />
      <MostBehind progress={progress} />
      <OverdueList overdue={progress.overdue} year={year} />
      <QuotaHeatTable progress={progress} maxCounties={HEAT_TABLE_COUNTIES} />
    </div>
  );
}
