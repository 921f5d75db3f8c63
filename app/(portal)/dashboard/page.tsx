import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanDashboard } from "@/components/dashboard/plan-dashboard";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getPrisma } from "@/lib/db";
import { openNoticeCountsOf } from "@/lib/supervision/queries";

export const metadata: Metadata = { title: "督办看板" };
export const dynamic = "force-dynamic";

type Props = { searchParams: DashboardSearchParams };

// Viewers who may see it are served the pre-rendered page by the front door
// (lib/prerendered/front-door.ts → app/(prerendered)); this route answers everyone else: the
// signed-out, those with a pending obligation, and counties.
export default async function DashboardPage({ searchParams }: Props) {
  // The county table and the heat table show every county by name: a county sees only its own dashboard.
  await requireViewer("dashboard.readAll");
  const { period, current, year } = await dashboardPeriod(searchParams);
  const progress = await getPlanProgress(getPrisma(), year, period);
  if (!progress) notFound();
  const notices = await openNoticeCountsOf(getPrisma(), year, progress.counties);
  return <PlanDashboard progress={progress} current={current} notices={notices} />;
}
