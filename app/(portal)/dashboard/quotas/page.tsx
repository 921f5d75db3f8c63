import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuotaHeatTable } from "@/components/dashboard/quota-heat-table";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getPrisma } from "@/lib/db";
import { formatPeriod } from "@/lib/time/format";

export const metadata: Metadata = { title: "县区配额完成情况" };
export const dynamic = "force-dynamic";

/** The whole indicator × county table, for plans with more counties than the dashboard lists. */
export default async function QuotasPage({ searchParams }: { searchParams: DashboardSearchParams }) {
  await requireViewer("dashboard.readAll");
  const { period, year } = await dashboardPeriod(searchParams);
  const progress = await getPlanProgress(getPrisma(), year, period);
  if (!progress) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {year}年县区配额完成情况 · {formatPeriod(period)}
      </h1>
      <Link href={`/dashboard?period=${period}`} className="text-sm text-brand-700 hover:underline">
        返回督办看板
      </Link>
      <QuotaHeatTable progress={progress} />
    </div>
  );
}
