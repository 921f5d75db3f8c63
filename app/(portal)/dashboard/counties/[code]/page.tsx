import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountyQuotaTable, type CountyQuota } from "@/components/dashboard/county-quota-table";
import { CountyReports } from "@/components/dashboard/county-reports";
import { CountyStanding } from "@/components/dashboard/county-standing";
import { ExportLink } from "@/components/dashboard/export-link";
import { ProgressNotes } from "@/components/dashboard/progress-notes";
import { PeriodPicker } from "@/components/reports/period-picker";
import { NoticeTable } from "@/components/supervision/notice-table";
import { denyAsNotFound, requireViewer } from "@/lib/auth/viewer";
import { ClosedNote } from "@/components/closeouts/closed-note";
import { listClosed } from "@/lib/closeouts/queries";
import { getPrisma } from "@/lib/db";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getCountyMonth, listReturnedReports, readableReportIds } from "@/lib/dashboard/unit-dashboard";
import { can, canForAll } from "@/lib/policy";
import { listNotices } from "@/lib/supervision/queries";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { formatPeriod } from "@/lib/time/format";

type Props = { params: Promise<{ code: string }>; searchParams: DashboardSearchParams };

export const metadata: Metadata = { title: "县区进度" };
export const dynamic = "force-dynamic";

export default async function CountyDashboardPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("dashboard.readCounty");
  const code = (await params).code;
  // A county sees its own dashboard only; another county's is "not found", as if it did not exist.
  if (!canForAll(viewer, "dashboard.readCounty") && code !== viewer.unitCode)
    await denyAsNotFound(viewer, "dashboard.readCounty", { type: "CountyDashboard", id: code });
  const { period, current, year } = await dashboardPeriod(searchParams);
  const db = getPrisma();
  const progress = await getPlanProgress(db, year, period);
  const county = progress?.counties.find((candidate) => candidate.code === code);
  if (!progress || !county) notFound();
  const quotas: CountyQuota[] = progress.points.flatMap((point) =>
    point.indicators.flatMap((indicator) =>
      indicator.units.filter((row) => row.unitId === county.unitId).map((row) => ({ point, indicator, row })),
    ),
  );
  const [month, returned, notices, closed] = await Promise.all([
    getCountyMonth(db, county.unitId, year, period),
    listReturnedReports(db, county.unitId, year, period),
    listNotices(db, viewer, { tab: "all", unit: code, year }),
    listClosed(viewer, { unitId: county.unitId }),
  ]);
  const readable = await readableReportIds(db, viewer, [
    ...quotas.map((quota) => quota.row.reportId),
    ...month.unsent.map((duty) => duty.reportId),
    ...returned.map((report) => report.id),
  ]);
  const path = `/dashboard/counties/${code}`;
  return (
    <article className="space-y-6">
      {canForAll(viewer, "dashboard.readAll") && (
        <nav aria-label="位置" className="text-sm text-slate-500">
          <Link href={`/dashboard?period=${period}`} className="hover:underline">
            全市进度
          </Link>
        </nav>
      )}
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">
          {county.name}工作要点进度 · {formatPeriod(period)}
        </h1>
        <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
          <PeriodPicker period={period} current={current} path={path} label="统计月份" currentNote="(最新)" />
          <ExportLink view="county" code={code} period={period} />
        </div>
      </header>
      <section aria-labelledby="standing-heading" className="space-y-3">
        <h2 id="standing-heading" className="font-semibold">
          总体进度
        </h2>
        <CountyStanding county={county} countyCount={progress.counties.length} timeProgress={progress.timeProgress} />
        <ClosedNote rows={closed} showPoint />
        <ProgressNotes pending={county.pendingReports} thresholds={progress.thresholds} scope={county.name} />
      </section>
      <section aria-labelledby="quotas-heading" className="space-y-2">
        <h2 id="quotas-heading" className="font-semibold">
          任务完成情况
        </h2>
        <CountyQuotaTable
          county={county.name}
          quotas={quotas}
          period={period}
          readable={readable}
          linkIndicators={canForAll(viewer, "dashboard.readAll")}
        />
      </section>
      <section aria-labelledby="reports-heading" className="space-y-2">
        <h2 id="reports-heading" className="font-semibold">
          待办报告
        </h2>
        <CountyReports
          month={month}
          returned={returned}
          period={period}
          today={shanghaiDay(portalNow())}
          readable={readable}
          canFile={can(viewer, "report.duties", county.unitId)}
        />
      </section>
      <section aria-labelledby="notices-heading" className="space-y-2">
        <h2 id="notices-heading" className="font-semibold">
          督查单
        </h2>
        <NoticeTable notices={notices} caption={`${county.name}的督查单`} />
      </section>
    </article>
  );
}
