import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanSection } from "@/components/plans/plan-section";
import { parseYear } from "@/lib/plans/params";
import { getPlanOverview } from "@/lib/plans/queries";
import { formatDate } from "@/lib/time/format";

type Props = { params: Promise<{ year: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).year}年工作要点` };
}

export default async function PlanPage({ params }: Props) {
  await requireViewer("plan.read");
  const year = parseYear((await params).year);
  const plan = year === null ? null : await getPlanOverview(year);
  if (!plan) notFound();
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
      </div>
      {plan.sections.map((section) => (
        <PlanSection key={section.no} year={plan.year} section={section} />
      ))}
    </div>
  );
}
