import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneForm } from "@/components/plans/admin/milestone-form";
import { PlanHistory } from "@/components/plans/admin/plan-history";
import { IndicatorTable } from "@/components/plans/indicator-table";
import { PointText } from "@/components/plans/point-text";
import { PointProgress } from "@/components/plans/point-progress";
import { QuotaTable } from "@/components/plans/quota-table";
import { getPlanPageProgress } from "@/lib/dashboard/plan-page-progress";
import { getPrisma } from "@/lib/db";
import { requireViewer } from "@/lib/auth/viewer";
import { listPointHistory } from "@/lib/plans/admin/point-history";
import { getPointPage } from "@/lib/plans/admin/point-page";
import { POINT_KIND_LABELS } from "@/lib/plans/admin/words";
import { parsePointNo, parseYear } from "@/lib/plans/params";
import { canForAll } from "@/lib/policy";
import { PointHeader } from "./point-header";
import { ApplyCloseoutLink } from "@/components/closeouts/apply-closeout-link";
import { ClosedNote } from "@/components/closeouts/closed-note";
import { listClosed } from "@/lib/closeouts/queries";
import { mayApplyFor } from "@/lib/closeouts/subjects";

type Props = { params: Promise<{ year: string; no: string }>; searchParams: Promise<{ period?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, no } = await params;
  return { title: `${year}年第${no}条` };
}

export default async function PointPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("plan.read");
  const raw = await params;
  const year = parseYear(raw.year);
  const no = parsePointNo(raw.no);
  const point = year === null || no === null ? null : await getPointPage(year, no);
  if (!point) notFound();
  const manage = canForAll(viewer, "plan.manage");
  const published = point.plan.status === "PUBLISHED";
  const [history, progress] = await Promise.all([
    listPointHistory(point.id),
    published ? getPlanPageProgress(getPrisma(), point.plan.year, (await searchParams).period) : null,
  ]);
  const figures = progress?.points.get(point.no);
  const [closed, canApply] = published
    ? await Promise.all([
        listClosed(viewer, { pointId: point.id }),
        mayApplyFor(viewer, point.plan.year, point.id, null),
      ])
    : [[], false];
  const base = `/plans/${point.plan.year}/points/${point.no}`;
  const quotaIndicators = point.indicators.filter((indicator) => !indicator.retiredAt && indicator.quotas.length > 0);
  return (
    <article className="space-y-6">
      <PointHeader point={point} manageHref={manage ? `${base}/edit` : undefined} />
      <ClosedNote rows={closed} />
      {canApply && <ApplyCloseoutLink pointId={point.id} indicatorId={null} />}
      {progress && figures && <PointProgress point={figures} period={progress.period} />}
      <section aria-labelledby="text-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="text-heading" className="mb-2 font-semibold">
          原文
        </h2>
        <PointText text={point.text} highlights={point.indicators.map((indicator) => indicator.sourceText)} />
      </section>
      <section aria-labelledby="indicators-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="indicators-heading" className="font-semibold">
            {point.kind === "QUALITATIVE" ? "里程碑与指标" : "量化指标"}
          </h2>
          {manage && (
            <Link href={`${base}/indicators/new`} className="text-sm text-brand-700 hover:underline">
              + 添加指标
            </Link>
          )}
        </div>
        {point.indicators.length === 0 ? (
          <p className="text-sm text-slate-600">
            本条要点({POINT_KIND_LABELS[point.kind]})还没有指标或里程碑,按工作进展情况督办。
          </p>
        ) : (
          <IndicatorTable
            indicators={point.indicators}
            progressLinks={canForAll(viewer, "dashboard.readAll")}
            manageYear={manage ? point.plan.year : undefined}
          />
        )}
        {manage && <MilestoneForm pointId={point.id} year={point.plan.year} published={published} />}
      </section>
      {quotaIndicators.length > 0 && (
        <section aria-labelledby="quotas-heading" className="space-y-2">
          <h2 id="quotas-heading" className="font-semibold">
            县区任务分解
          </h2>
          <QuotaTable indicators={quotaIndicators} />
        </section>
      )}
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="font-semibold">
          修改记录
        </h2>
        <PlanHistory entries={history} published={published} />
      </section>
      <nav aria-label="翻页" className="flex justify-between text-sm">
        {point.no > 1 ? (
          <Link className="text-brand-700 hover:underline" href={`/plans/${point.plan.year}/points/${point.no - 1}`}>
            ← 第{point.no - 1}条
          </Link>
        ) : (
          <span />
        )}
        {point.no < point.plan._count.points && (
          <Link className="text-brand-700 hover:underline" href={`/plans/${point.plan.year}/points/${point.no + 1}`}>
            第{point.no + 1}条 →
          </Link>
        )}
      </nav>
    </article>
  );
}
