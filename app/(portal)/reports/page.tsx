import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoClockNote } from "@/components/reports/demo-clock-note";
import { MonthCards } from "@/components/reports/month-cards";
import { MonthTable } from "@/components/reports/month-table";
import { PeriodPicker } from "@/components/reports/period-picker";
import { OpenNoticesBanner } from "@/components/supervision/open-notices-banner";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { listOpenNoticesOf } from "@/lib/supervision/queries";
import { getPrisma } from "@/lib/db";
import { filingProblemOf } from "@/lib/reports/filing-period";
import { getMonthOverview } from "@/lib/reports/queries";
import { STATE_LABELS } from "@/lib/reports/workflow";
import { portalNow } from "@/lib/time/clock";
import { formatDate, formatPeriod } from "@/lib/time/format";
import { currentPeriod, isPeriod } from "@/lib/time/periods";

export const metadata: Metadata = { title: "本月填报" };
export const dynamic = "force-dynamic";

const STATE_ORDER = ["DRAFT", "AWAITING_SIGNOFF", "RETURNED", "SUBMITTED", "APPROVED"] as const;

type Props = { searchParams: Promise<{ period?: string | string[] }> };

export default async function MonthPage({ searchParams }: Props) {
  const viewer = await requireViewer("report.duties");
  const raw = (await searchParams).period;
  const now = portalNow();
  const current = currentPeriod(now);
  const period = typeof raw === "string" && isPeriod(raw) ? raw : current;
  const overview = await getMonthOverview(viewer, period, now);
  const notices = can(viewer, "notice.feedback") ? await listOpenNoticesOf(getPrisma(), viewer.unitId) : [];
  if (!overview) notFound();
  const labels = ["未开始", ...STATE_ORDER.map((state) => STATE_LABELS[state])];
  const counts = labels
    .map(
      (label) =>
        [
          label,
          overview.rows.filter((row) => (row.report ? STATE_LABELS[row.report.state] : "未开始") === label).length,
        ] as const,
    )
    .filter(([, count]) => count > 0);
  const overdue = overview.rows.filter((row) => row.overdue).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          本月填报 · {overview.unitName} · {formatPeriod(period)}
        </h1>
        <DemoClockNote />
      </div>
      <OpenNoticesBanner notices={notices} />
      <PeriodPicker period={period} current={current} />
      <p className="text-sm text-slate-600">
        数值均为年度累计值。截止日期 {formatDate(overview.due)}。共 {overview.rows.length} 条要点:
        {counts.map(([label, count]) => `${label} ${count} 条`).join(",")}
        {overdue > 0 && <span className="font-medium text-red-700">,逾期 {overdue} 条</span>}
        {can(viewer, "report.file") && (
          <Link href={`/reports/import?period=${period}`} className="ml-2 text-brand-700 underline">
            用 Excel 批量填报
          </Link>
        )}
      </p>
      {overview.rows.length === 0 ? (
        <p role="status" className="text-sm text-slate-600">
          {(await filingProblemOf(getPrisma(), period, now)) ?? `${formatPeriod(period)}本单位没有需要填报的要点。`}
        </p>
      ) : (
        <>
          {/* A phone gets cards, a wider screen the table: no sideways scrolling, no squeezed columns. */}
          <MonthCards overview={overview} dueText={formatDate(overview.due)} className="md:hidden" />
          <MonthTable overview={overview} dueText={formatDate(overview.due)} className="hidden md:block" />
        </>
      )}
    </div>
  );
}
