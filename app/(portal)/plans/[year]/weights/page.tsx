import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WeightsForm } from "@/components/plans/weights-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { parseYear } from "@/lib/plans/params";
import { getPlanWeights } from "@/lib/plans/weights";

export const metadata: Metadata = { title: "完成率权重" };
export const dynamic = "force-dynamic";

export default async function WeightsPage({ params }: { params: Promise<{ year: string }> }) {
  await requireViewer("plan.manage");
  const year = parseYear((await params).year);
  const plan = year === null ? null : await getPlanWeights(getPrisma(), year);
  if (year === null || !plan) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{year}年完成率权重</h1>
      <p className="text-sm text-slate-600">
        指标的完成率按权重加权平均为要点的完成率,要点加权为部分,部分加权为全年。默认各项权重均为 1(等权);权重为 0
        的一项不计入。 保存后所有看板、导出和接口立即按新权重计算。
        <Link href="/dashboard" className="ml-2 text-brand-700 underline">
          查看督办看板
        </Link>
      </p>
      <WeightsForm year={year} plan={plan} />
    </div>
  );
}
