import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanSection } from "@/components/plans/plan-section";
import { PlanStatus } from "@/components/plans/plan-status";
import { getPlanPageProgress } from "@/lib/dashboard/plan-page-progress";
import { getPrisma } from "@/lib/db";
import { formatPeriod } from "@/lib/time/format";
import { parseYear } from "@/lib/plans/params";
import { getPlanStatus } from "@/lib/plans/publish/plan-status";
import { getPlanOverview } from "@/lib/plans/queries";
import { can } from "@/lib/policy";
import { formatDate } from "@/lib/time/format";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ period?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).year}年工作要点` };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("plan.read");
  const year = parseYear((await params).year);
  const plan = year === null ? null : await getPlanOverview(year);
  const status = year === null ? null : await getPlanStatus(getPrisma(), year);
  if (!plan || !status) notFound();
  const progress =
    status.status === "PUBLISHED"
      ? await getPlanPageProgress(getPrisma(), plan.year, (await searchParams).period)
      : null;
  const manages = can(viewer, "plan.manage");
  const publishes = can(viewer, "plan.publish");
  const points = plan.sections.flatMap((section) => section.points);
  const indicatorCount = points.reduce((count, point) => count + point.indicators.length, 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{plan.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {plan.issuer} {plan.docNumber} · {formatDate(plan.issuedAt)}印发 · {plan.sections.length} 个部分 ·{" "}
          {points.length} 条要点 · {indicatorCount} 项量化指标
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <PlanStatus status={status.status} publishedAt={status.publishedAt} firstPeriod={status.firstPeriod} />
          {manages && (
            <Link href={`/plans/${plan.year}/quotas`} className="text-sm text-brand-700 hover:underline">
              县区分解表
            </Link>
          )}
          {publishes && (
            <Link href={`/plans/${plan.year}/publish`} className="text-sm text-brand-700 hover:underline">
              {status.status === "DRAFT" ? "发布" : "发布设置(起报月份)"}
            </Link>
          )}
        </div>
        {progress && (
          <p className="mt-2 text-sm text-slate-600" data-testid="plan-progress-period">
            完成率、序时进度与状态截至{formatPeriod(progress.period)},与督办看板同一口径。
          </p>
        )}
        {status.status === "DRAFT" && !publishes && (
          <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            本年度工作要点尚在草稿阶段,督查科发布后各单位才按月填报;发布时会通知各单位起报月份。
          </p>
        )}
      </div>
      {plan.sections.map((section) => (
        <PlanSection
          key={section.no}
          year={plan.year}
          section={section}
          progress={progress?.sections.get(section.no)}
          pointProgress={progress?.points}
        />
      ))}
    </div>
  );
}
