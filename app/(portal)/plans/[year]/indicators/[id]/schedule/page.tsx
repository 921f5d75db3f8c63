import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduleForm } from "@/components/plans/schedule-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { parseYear } from "@/lib/plans/params";
import { schedulePercentages } from "@/lib/plans/schedules";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "指标序时进度" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string; id: string }> };

export default async function IndicatorSchedulePage({ params }: Props) {
  await requireViewer("plan.manage");
  const { year: rawYear, id: rawId } = await params;
  const year = parseYear(rawYear);
  const id = parseIdParam(rawId);
  const indicator =
    year === null || id === null
      ? null
      : await getPrisma().indicator.findFirst({
          where: { id, point: { plan: { year } } },
          select: {
            id: true,
            name: true,
            schedule: true,
            point: { select: { no: true, title: true, plan: { select: { status: true } } } },
          },
        });
  if (!indicator) notFound();
  const custom = indicator.schedule.length === 12;
  return (
    <div className="space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${year}/weights`} className="hover:underline">
          {year}年完成率权重
        </Link>
        <span className="mx-1">/</span>
        <Link href={`/plans/${year}/points/${indicator.point.no}`} className="hover:underline">
          第{indicator.point.no}条 {indicator.point.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{indicator.name} · 序时进度</h1>
      <p className="text-sm text-slate-600">
        序时进度是到各月末应完成全年任务的比例,完成率与它相比得出超前、正常、滞后或严重滞后。
        {custom ? "本指标使用自己的序时进度(自定义序时进度)。" : "本指标目前按月均衡(每月 1/12)。"}
        进度集中在年末的项目(如年底竣工)可在此设置;保存后所有看板、导出和接口立即按新的序时进度计算。
        <Link href={`/dashboard/indicators/${indicator.id}`} className="ml-2 text-brand-700 underline">
          查看指标看板
        </Link>
      </p>
      <ScheduleForm
        indicatorId={indicator.id}
        percentages={schedulePercentages(indicator.schedule)}
        custom={custom}
        published={indicator.point.plan.status === "PUBLISHED"}
      />
    </div>
  );
}
