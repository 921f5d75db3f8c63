import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanStatus } from "@/components/plans/plan-status";
import { FirstPeriodForm } from "@/components/plans/publish/first-period-form";
import { PublishForm } from "@/components/plans/publish/publish-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { parseYear } from "@/lib/plans/params";
import { loadPublicationChecklist } from "@/lib/plans/publish/checklist";

export const metadata: Metadata = { title: "发布工作要点" };
export const dynamic = "force-dynamic";

export default async function PublishPage({ params }: { params: Promise<{ year: string }> }) {
  await requireViewer("plan.publish");
  const year = parseYear((await params).year);
  const checklist = year === null ? null : await loadPublicationChecklist(getPrisma(), year);
  if (year === null || !checklist) notFound();
  const { plan, gaps, blockers } = checklist;
  return (
    <div className="space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${year}`} className="hover:underline">
          {plan.title}
        </Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">发布{year}年工作要点</h1>
        <PlanStatus status={plan.status} publishedAt={plan.publishedAt} firstPeriod={plan.firstPeriod} />
      </div>
      {plan.status === "PUBLISHED" && plan.firstPeriod ? (
        <>
          <p className="text-sm text-slate-600">
            已发布的工作要点不能再次发布。起报月份可以提前;
            {checklist.reportCount > 0 ? `已有 ${checklist.reportCount} 份报告,不能推后。` : "尚无报告,也可以推后。"}
          </p>
          <FirstPeriodForm year={year} firstPeriod={plan.firstPeriod} />
        </>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            发布后,各县区和科室自起报月份起按月填报;已发布的工作要点修改时须填写原因并保留修改记录。
          </p>
          <section aria-labelledby="unfinished-heading" className="space-y-2">
            <h2 id="unfinished-heading" className="font-semibold">
              发布前检查
            </h2>
            {blockers.length === 0 && gaps.length === 0 ? (
              <p className="text-sm text-green-800">各项设置齐全,可以发布。</p>
            ) : (
              <ul className="list-inside list-disc space-y-1 text-sm" data-testid="publish-unfinished">
                {blockers.map((blocker) => (
                  <li key={blocker} className="text-red-700">
                    {blocker}
                  </li>
                ))}
                {gaps.map((gap) => (
                  <li key={gap.indicatorId} className="text-amber-800">
                    第{gap.pointNo}条「{gap.name}」的县区分解数合计与市级目标不一致
                    <Link
                      href={`/plans/${year}/quotas?indicator=${gap.indicatorId}`}
                      className="ml-2 text-brand-700 underline"
                    >
                      去分解
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {blockers.length > 0 && (
              <p className="text-sm text-red-700">请先在要点和指标页面补齐标红的各项,然后发布。</p>
            )}
          </section>
          <PublishForm
            year={year}
            defaultFirstPeriod={checklist.defaultFirstPeriod}
            gaps={gaps}
            blocked={blockers.length > 0}
          />
        </>
      )}
    </div>
  );
}
