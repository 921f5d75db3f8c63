import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BaselinesForm } from "@/components/plans/admin/baselines-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getBaselineRows, getIndicatorPage } from "@/lib/plans/admin/indicator-page";
import { parseYear } from "@/lib/plans/params";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ year: string; id: string }> };

export const metadata: Metadata = { title: "年初值" };
export const dynamic = "force-dynamic";

export default async function BaselinesPage({ params }: Props) {
  await requireViewer("plan.manage");
  const raw = await params;
  const year = parseYear(raw.year);
  const id = parseIdParam(raw.id);
  const indicator = year === null || id === null ? null : await getIndicatorPage(year, id);
  if (!indicator || indicator.kind === "MILESTONE") notFound();
  const kind = indicator.kind;
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${year}/points/${indicator.point.no}`} className="hover:underline">
          第{indicator.point.no}条 {indicator.point.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{indicator.name} · 年初值</h1>
      <p className="text-sm text-slate-600">
        年初值是各单位本年开始时已有的数值:序时进度从年初值起算,预测按年初值以来的进度推算。
        {kind === "SUM" ? "" : "比率和比例填写分子与分母,比率由系统计算。"}
        留空即不设年初值(从 0 起算)。
      </p>
      <BaselinesForm
        indicatorId={indicator.id}
        kind={kind}
        unit={indicator.unit}
        rows={await getBaselineRows(indicator)}
        published={indicator.published}
        previousYear={(year ?? 0) - 1}
      />
    </div>
  );
}
