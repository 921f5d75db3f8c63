import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DepartmentPoints } from "@/components/dashboard/department-points";
import { DepartmentReviews } from "@/components/dashboard/department-reviews";
import { ExportLink } from "@/components/dashboard/export-link";
import { ProgressNotes } from "@/components/dashboard/progress-notes";
import { PeriodPicker } from "@/components/reports/period-picker";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { findCityUnit, listWaitingReviews, readableReportIds } from "@/lib/dashboard/unit-dashboard";
import { can } from "@/lib/policy";
import { formatPeriod } from "@/lib/time/format";

type Props = { params: Promise<{ code: string }>; searchParams: DashboardSearchParams };

export const metadata: Metadata = { title: "科室进度" };
export const dynamic = "force-dynamic";

export default async function DepartmentDashboardPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("dashboard.readDepartment");
  const code = (await params).code;
  const { period, current, year } = await dashboardPeriod(searchParams);
  const db = getPrisma();
  const [unit, progress] = await Promise.all([findCityUnit(db, code), getPlanProgress(db, year, period)]);
  if (!unit || !progress) notFound();
  const points = progress.points.filter((point) => point.leadUnitCode === unit.code);
  // Figures are shared across the bureau; a review queue belongs to its own department.
  const reviews = can(viewer, "review.readQueue", unit.id) ? await listWaitingReviews(db, unit.id, year) : null;
  const readable = await readableReportIds(
    db,
    viewer,
    (reviews ?? []).map((review) => review.id),
  );
  const path = `/dashboard/departments/${unit.code}`;
  return (
    <article className="space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/dashboard?period=${period}`} className="hover:underline">
          全市进度
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">
          {unit.name}牵头要点进度 · {formatPeriod(period)}
        </h1>
        <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
          <PeriodPicker period={period} current={current} path={path} label="统计月份" currentNote="(最新)" />
          <ExportLink view="department" code={unit.code} period={period} />
        </div>
      </header>
      <section aria-labelledby="points-heading" className="space-y-3">
        <h2 id="points-heading" className="font-semibold">
          牵头要点
        </h2>
        <ProgressNotes pending={progress.pendingReports} thresholds={progress.thresholds} scope="全市" />
        <DepartmentPoints unit={unit.name} points={points} year={year} period={period} />
      </section>
      {reviews && (
        <section aria-labelledby="reviews-heading" className="space-y-2">
          <h2 id="reviews-heading" className="font-semibold">
            待审核报告
          </h2>
          <DepartmentReviews unit={unit.name} reviews={reviews} readable={readable} />
        </section>
      )}
    </article>
  );
}
