import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DemoClockNote } from "@/components/reports/demo-clock-note";
import { ReportForm } from "@/components/reports/report-form";
import { draftKeyOf } from "@/components/reports/report-draft";
import { StateBadge } from "@/components/reports/state-badge";
import { requireViewer } from "@/lib/auth/viewer";
import { getReportForm } from "@/lib/reports/queries";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod, isPeriod } from "@/lib/time/periods";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "填报" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ point?: string | string[]; period?: string | string[] }> };

/** One point's report for a month, by point and month: the form that creates it on first save. */
export default async function EditReportPage({ searchParams }: Props) {
  const viewer = await requireViewer("report.duties");
  const { point, period: rawPeriod } = await searchParams;
  const pointId = parseIdParam(typeof point === "string" ? point : null);
  const period = typeof rawPeriod === "string" && isPeriod(rawPeriod) ? rawPeriod : currentPeriod(portalNow());
  const form = pointId === null ? null : await getReportForm(viewer, pointId, period);
  if (!form) notFound();
  // Once the report exists its own page is the one place for it: the form, the steps and the history.
  if (form.report) redirect(`/reports/${form.report.id}`);
  return (
    <article className="space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/reports?period=${period}`} className="hover:underline">
          本月填报 · {formatPeriod(period)}
        </Link>
      </nav>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          {viewer.unitName} · {formatPeriod(period)} · 第{form.duty.pointNo}条 {form.duty.pointTitle}
        </h1>
        <DemoClockNote />
      </header>
      <p className="flex items-center gap-2 text-sm text-slate-600">
        <StateBadge state={null} />
        尚未保存:第一次保存时建立报告。
      </p>
      {form.canSave ? (
        <ReportForm
          pointId={form.duty.pointId}
          period={period}
          version={null}
          indicators={form.indicators}
          narrative={{ progress: "", problems: "", nextSteps: "", noProgress: false, noProgressReason: "" }}
          afterSave="open"
          today={shanghaiDay(portalNow())}
          sendStep={form.sendStep}
          draftKey={draftKeyOf(viewer.userId, form.duty.pointId, period)}
        />
      ) : (
        <p className="text-sm text-slate-600">本单位尚未填报这条要点。</p>
      )}
    </article>
  );
}
