import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorUnitsChart } from "@/components/charts/indicator-units-chart";
import { ExportLink } from "@/components/dashboard/export-link";
import { ProgressNotes } from "@/components/dashboard/progress-notes";
import { IndicatorSummary } from "@/components/dashboard/indicator-summary";
import { IndicatorTrend } from "@/components/dashboard/indicator-trend";
import { IndicatorUnitTable } from "@/components/dashboard/indicator-unit-table";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ApplyCloseoutLink } from "@/components/closeouts/apply-closeout-link";
import { ClosedNote } from "@/components/closeouts/closed-note";
import { listClosed } from "@/lib/closeouts/queries";
import { mayApplyFor } from "@/lib/closeouts/subjects";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { dashboardPeriod, type DashboardSearchParams } from "@/lib/dashboard/page-params";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import { readableReportIds } from "@/lib/dashboard/unit-dashboard";
import { can } from "@/lib/policy";
import { formatPeriod } from "@/lib/time/format";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ id: string }>; searchParams: DashboardSearchParams };

export const metadata: Metadata = { title: "指标进度" };
export const dynamic = "force-dynamic";

export default async function IndicatorPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("dashboard.readAll");
  const raw = (await params).id;
  // Indicator pages compare counties: only for those who may see every county.
  const id = parseIdParam(raw);
  if (id === null) notFound();
  const { period, current, year } = await dashboardPeriod(searchParams);
  const db = getPrisma();
  const [progress, series] = await Promise.all([getPlanProgress(db, year, period), getIndicatorSeries(db, id, period)]);
  const point = progress?.points.find((candidate) => candidate.indicators.some((indicator) => indicator.id === id));
  const indicator = point?.indicators.find((candidate) => candidate.id === id);
  if (!progress || !point || !indicator || !series) notFound();
  const readable = await readableReportIds(
    db,
    viewer,
    indicator.units.map((unit) => unit.reportId),
  );
  const countyCodes = new Set(progress.counties.map((county) => county.code));
  const [closed, canApply] = await Promise.all([
    listClosed(viewer, { indicatorId: id }),
    mayApplyFor(viewer, year, point.id, id),
  ]);
  const path = `/dashboard/indicators/${id}`;
  return (
    <article className="space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/dashboard?period=${period}`} className="hover:underline">
          全市进度
        </Link>
        <span className="mx-1">/</span>
        <Link href={`/plans/${year}/points/${point.no}`} className="hover:underline">
          第{point.no}条 {point.title}
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">
          {indicator.name} · {formatPeriod(period)}
        </h1>
        <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
          <PeriodPicker period={period} current={current} path={path} label="统计月份" currentNote="(最新)" />
          <ExportLink view="indicator" id={id} period={period} />
        </div>
        {canApply && <ApplyCloseoutLink pointId={point.id} indicatorId={id} />}
        <ClosedNote rows={closed} />
      </header>
      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="font-semibold">
          完成情况
        </h2>
        <IndicatorSummary indicator={indicator} point={point} year={year} />
        {can(viewer, "plan.manage") && (
          <Link
            href={`/plans/${year}/indicators/${id}/schedule`}
            className="text-sm text-brand-700 hover:underline print:hidden"
          >
            调整本指标的序时进度
          </Link>
        )}
        <ProgressNotes pending={progress.pendingReports} thresholds={progress.thresholds} scope="全市" />
      </section>
      <section aria-labelledby="trend-heading" className="space-y-2">
        <h2 id="trend-heading" className="font-semibold">
          逐月走势
        </h2>
        <IndicatorTrend indicator={indicator} series={series} />
      </section>
      <section aria-labelledby="units-heading" className="space-y-2">
        <h2 id="units-heading" className="font-semibold">
          {indicator.units.length > 1 ? "各县区完成情况" : "完成单位"}
        </h2>
        {indicator.units.length > 1 && (
          <figure className="rounded-lg border border-slate-200 bg-white p-4">
            <figcaption className="text-sm text-slate-600">
              各单位已完成与任务对比
              {indicator.kind === "RATE" || indicator.kind === "RATIO" ? "(比率指标按各单位自身比率,不相加)" : ""}
              ,数字见下表。
            </figcaption>
            <IndicatorUnitsChart
              unit={indicator.kind === "RATE" ? "%" : indicator.unit}
              rows={indicator.units.map((unit) => ({ unit: unit.unit, achieved: unit.achieved, quota: unit.quota }))}
            />
          </figure>
        )}
        <IndicatorUnitTable indicator={indicator} period={period} countyCodes={countyCodes} readable={readable} />
      </section>
    </article>
  );
}
