import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteIndicatorButton } from "@/components/plans/admin/delete-indicator-button";
import { IndicatorForm } from "@/components/plans/admin/indicator-form";
import { RetireIndicatorForm } from "@/components/plans/admin/retire-indicator-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getIndicatorPage } from "@/lib/plans/admin/indicator-page";
import { parseYear } from "@/lib/plans/params";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ year: string; id: string }> };

export const metadata: Metadata = { title: "修改指标" };
export const dynamic = "force-dynamic";

export default async function EditIndicatorPage({ params }: Props) {
  await requireViewer("plan.manage");
  const raw = await params;
  const year = parseYear(raw.year);
  const id = parseIdParam(raw.id);
  const indicator = year === null || id === null ? null : await getIndicatorPage(year, id);
  if (!indicator) notFound();
  const pointHref = `/plans/${year}/points/${indicator.point.no}`;
  const kindWord = indicator.kind === "MILESTONE" ? "里程碑" : "指标";
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={pointHref} className="hover:underline">
          第{indicator.point.no}条 {indicator.point.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">
        修改{kindWord}:{indicator.name}
      </h1>
      {indicator.retiredAt ? (
        <p className="text-sm text-slate-600">
          该{kindWord}已停用:{indicator.retiredReason}
        </p>
      ) : (
        <>
          {indicator.reported && (
            <p className="text-sm text-slate-600">已有单位报送该{kindWord}:汇总方式不能再改,数值改为整数前须无小数。</p>
          )}
          <IndicatorForm
            indicatorId={indicator.id}
            pointId={indicator.point.id}
            published={indicator.published}
            doneHref={pointHref}
            scheduleHref={`/plans/${year}/indicators/${indicator.id}/schedule`}
            values={{
              name: indicator.name,
              unit: indicator.unit,
              target: indicator.target.toString(),
              direction: indicator.direction,
              kind: indicator.kind,
              wholeNumbers: indicator.wholeNumbers,
              quotaMode: indicator.quotaMode,
              rule: indicator.rule,
              dueOn: indicator.dueOn ?? "",
              sourceText: indicator.sourceText,
            }}
          />
          <section
            aria-labelledby="retire-heading"
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="retire-heading" className="font-semibold">
              停用{kindWord}
            </h2>
            <p className="text-sm text-slate-600">
              停用后不再要求填报、不计入完成率;已报送的报告保留,要点页以灰色显示并注明原因。
            </p>
            <RetireIndicatorForm indicatorId={indicator.id} doneHref={pointHref} />
            {!indicator.published && !indicator.reported && (
              <DeleteIndicatorButton indicatorId={indicator.id} doneHref={pointHref} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
