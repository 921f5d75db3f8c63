import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorForm } from "@/components/plans/admin/indicator-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPointPage } from "@/lib/plans/admin/point-page";
import { parsePointNo, parseYear } from "@/lib/plans/params";

type Props = { params: Promise<{ year: string; no: string }> };

export const metadata: Metadata = { title: "添加指标" };
export const dynamic = "force-dynamic";

export default async function NewIndicatorPage({ params }: Props) {
  await requireViewer("plan.manage");
  const raw = await params;
  const year = parseYear(raw.year);
  const no = parsePointNo(raw.no);
  const point = year === null || no === null ? null : await getPointPage(year, no);
  if (!point) notFound();
  const pointHref = `/plans/${point.plan.year}/points/${point.no}`;
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={pointHref} className="hover:underline">
          第{point.no}条 {point.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">为第{point.no}条添加指标</h1>
      <IndicatorForm
        pointId={point.id}
        published={point.plan.status === "PUBLISHED"}
        doneHref={pointHref}
        values={{
          name: "",
          unit: "个",
          target: "",
          direction: "AT_LEAST",
          kind: "SUM",
          wholeNumbers: true,
          quotaMode: "SPLIT",
          rule: "LINEAR",
          dueOn: "",
          sourceText: "",
        }}
      />
    </div>
  );
}
