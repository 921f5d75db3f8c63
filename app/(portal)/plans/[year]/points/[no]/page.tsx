import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorTable } from "@/components/plans/indicator-table";
import { PointText } from "@/components/plans/point-text";
import { QuotaTable } from "@/components/plans/quota-table";
import { parsePointNo, parseYear } from "@/lib/plans/params";
import { getPointDetail } from "@/lib/plans/queries";
import { canForAll } from "@/lib/policy";

type Props = { params: Promise<{ year: string; no: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, no } = await params;
  return { title: `${year}年第${no}条` };
}

export default async function PointPage({ params }: Props) {
  const viewer = await requireViewer("plan.read");
  const raw = await params;
  const year = parseYear(raw.year);
  const no = parsePointNo(raw.no);
  const point = year === null || no === null ? null : await getPointDetail(year, no);
  if (!point) notFound();
  const quotaIndicators = point.indicators.filter((indicator) => indicator.quotas.length > 0);
  return (
    <article className="space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${point.plan.year}`} className="hover:underline">
          {point.plan.title}
        </Link>
        <span className="mx-1">/</span>
        <span>
          第{point.section.no}部分 {point.section.title}
        </span>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">
          <span className="mr-2 tabular-nums text-slate-500">{point.no}.</span>
          {point.title}
        </h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-slate-500">牵头单位</dt>
            <dd className="font-medium">{point.leadUnit.name}</dd>
          </div>
          {point.supportingUnits.length > 0 && (
            <div className="flex gap-1">
              <dt className="text-slate-500">责任单位</dt>
              <dd>{point.supportingUnits.map((s) => s.unit.name).join("、")}</dd>
            </div>
          )}
        </dl>
      </header>
      <section aria-labelledby="text-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="text-heading" className="mb-2 font-semibold">
          原文
        </h2>
        <PointText text={point.text} highlights={point.indicators.map((indicator) => indicator.sourceText)} />
      </section>
      <section aria-labelledby="indicators-heading" className="space-y-2">
        <h2 id="indicators-heading" className="font-semibold">
          量化指标
        </h2>
        {point.indicators.length === 0 ? (
          <p className="text-sm text-slate-600">本条要点没有量化指标,按工作进展情况督办。</p>
        ) : (
          <IndicatorTable indicators={point.indicators} progressLinks={canForAll(viewer, "dashboard.readAll")} />
        )}
      </section>
      {quotaIndicators.length > 0 && (
        <section aria-labelledby="quotas-heading" className="space-y-2">
          <h2 id="quotas-heading" className="font-semibold">
            县区任务分解
          </h2>
          <QuotaTable indicators={quotaIndicators} />
        </section>
      )}
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
