import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanDashboard } from "@/components/dashboard/plan-dashboard";
import { isDashboardAddress, type DashboardAddress } from "@/lib/prerendered/dashboard-address";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getPrisma } from "@/lib/db";
import { openNoticeCountsOf } from "@/lib/supervision/queries";
import { portalEnv } from "@/lib/env";
import { noonOf } from "@/lib/time/days";
import { currentPeriod } from "@/lib/time/periods";

export const metadata: Metadata = { title: "督办看板" };
// Rendered at the first request for an address, then served from Next's cache (memory only, see
// next.config.ts): the address changes with the data, so a kept page is never out of date.
export const dynamic = "force-static";
export const revalidate = false;
export const generateStaticParams = async (): Promise<DashboardAddress[]> => [];

export default async function PrerenderedPlanDashboard({ params }: { params: Promise<DashboardAddress> }) {
  const address = await params;
  // Only the front door checks who asks for this page (npm start, npm run demo, npm run dev; a bare
  // `next dev` has none): elsewhere it does not exist.
  if (portalEnv().PORTAL_FRONT_DOOR !== "on" || !isDashboardAddress(address)) notFound();
  const now = noonOf(address.day);
  const progress = await getPlanProgress(getPrisma(), Number(address.period.slice(0, 4)), address.period, now);
  if (!progress) notFound();
  const notices = await openNoticeCountsOf(getPrisma(), progress.year, progress.counties);
  return <PlanDashboard progress={progress} current={currentPeriod(now)} notices={notices} />;
}
