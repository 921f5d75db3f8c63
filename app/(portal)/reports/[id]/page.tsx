import { AttachmentList } from "@/components/attachments/attachment-list";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { draftKeyOf } from "@/components/reports/report-draft";
import { ReportHistory } from "@/components/reports/report-history";
import { ReturnNotice } from "@/components/reports/return-notice";
import { ReportValues } from "@/components/reports/report-values";
import { StateBadge } from "@/components/reports/state-badge";
import { StepButtons } from "@/components/reports/step-buttons";
import { denyAsNotFound, requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { can } from "@/lib/policy";
import { getReportDetail } from "@/lib/reports/queries";
import { portalNow } from "@/lib/time/clock";
import { shanghaiDay } from "@/lib/time/days";
import { formatPeriod } from "@/lib/time/format";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "月度报告" };
export const dynamic = "force-dynamic";

const NARRATIVE = [
  ["progress", "进展情况"],
  ["problems", "存在问题"],
  ["nextSteps", "下步打算"],
] as const;

export default async function ReportPage({ params }: Props) {
  const viewer = await requireViewer("report.read");
  const raw = (await params).id;
  const id = parseIdParam(raw);
  const report = id === null ? null : await getReportDetail(viewer, id);
  if (!report) {
    // A report that exists but is out of the viewer's scope is a refused access worth auditing.
    if (id !== null && (await getPrisma().report.count({ where: { id } })) > 0)
      await denyAsNotFound(viewer, "report.read", { type: "Report", id });
    notFound();
  }
  // The send step is on the form when the viewer edits it, so what is on the screen is what goes.
  const otherSteps = report.canSave ? report.steps.filter((step) => step !== report.sendStep) : report.steps;
  return (
    <article className="space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-500">
        {can(viewer, "report.duties", report.unitId) ? (
          <Link href={`/reports?period=${report.period}`} className="hover:underline">
            本月填报 · {formatPeriod(report.period)}
          </Link>
        ) : (
          <Link href="/reviews" className="hover:underline">
            待审核
          </Link>
        )}
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">
          {report.unit.name} · {formatPeriod(report.period)} · 第{report.point.no}条 {report.point.title}
        </h1>
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <StateBadge state={report.state} />
          <span>第 {report.revision} 次修订</span>
          <span data-testid="report-version">第 {report.version} 版</span>
          <span>牵头单位:{report.point.leadUnit.name}</span>
          {report.isDemo && (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">演示数据(系统生成)</span>
          )}
        </p>
      </header>

      <ReturnNotice state={report.state} events={report.events} />

      {report.canSave ? (
        <section aria-labelledby="form-heading" className="space-y-2">
          <h2 id="form-heading" className="font-semibold">
            填报内容
          </h2>
          <ReportForm
            pointId={report.pointId}
            period={report.period}
            version={report.version}
            indicators={report.indicators}
            narrative={{
              progress: report.progress,
              problems: report.problems,
              nextSteps: report.nextSteps,
              noProgress: report.noProgress,
              noProgressReason: report.noProgressReason,
            }}
            afterSave="refresh"
            today={shanghaiDay(portalNow())}
            sendStep={report.sendStep}
            draftKey={draftKeyOf(viewer.userId, report.pointId, report.period)}
          />
        </section>
      ) : (
        <section aria-labelledby="values-heading" className="space-y-3">
          <h2 id="values-heading" className="font-semibold">
            填报内容
          </h2>
          <ReportValues indicators={report.indicators} />
          <dl className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {report.noProgress && (
              <div data-testid="no-progress" className="rounded-md bg-amber-50 p-2">
                <dt className="font-medium text-amber-900">本月无新进展</dt>
                <dd className="whitespace-pre-wrap break-words text-amber-900">原因:{report.noProgressReason}</dd>
              </div>
            )}
            {NARRATIVE.map(([key, label]) => (
              <div key={key}>
                <dt className="font-medium">{label}</dt>
                <dd className="whitespace-pre-wrap break-words text-slate-700" data-testid={`narrative-${key}`}>
                  {report[key] || "—"}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <AttachmentList owner={{ kind: "report", id: report.id }} canEdit={report.canSave} />

      {otherSteps.length > 0 && (
        <section aria-labelledby="steps-heading" className="space-y-2">
          <h2 id="steps-heading" className="font-semibold">
            办理
          </h2>
          <StepButtons reportId={report.id} version={report.version} steps={otherSteps} />
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="font-semibold">
          修订记录
        </h2>
        <ReportHistory events={report.events} />
      </section>
    </article>
  );
}
