import type { Metadata } from "next";
import Link from "next/link";
import { OverdueTable } from "@/components/reminders/overdue-table";
import { PeriodPicker } from "@/components/reminders/period-picker";
import { RemindButton } from "@/components/reminders/remind-button";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { listOverdue } from "@/lib/reminders/list-overdue";
import { chosenPeriod, lastRemindedAt, recentPeriods } from "@/lib/reminders/queries";
import { planOfPeriod } from "@/lib/reports/filing-period";
import { currentPeriod } from "@/lib/time/periods";
import { portalNow } from "@/lib/time/clock";
import { dueDate, isOverdue } from "@/lib/time/due";
import { formatDateTime, formatPeriod } from "@/lib/time/format";

export const metadata: Metadata = { title: "催办" };
export const dynamic = "force-dynamic";

export default async function RemindersPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requireViewer("reminder.send");
  const now = portalNow();
  const period = chosenPeriod((await searchParams).period, now);
  const [overdue, reminded, plan] = await Promise.all([
    listOverdue(getPrisma(), period, now),
    lastRemindedAt(getPrisma(), period),
    planOfPeriod(getPrisma(), currentPeriod(now)),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">催办 · {formatPeriod(period)}</h1>
        <Link href="/reminders/rules" className="text-sm text-brand-700 underline">
          自动提醒规则
        </Link>
        <PeriodPicker action="/reminders" period={period} periods={recentPeriods(now, plan?.firstPeriod ?? null)} />
      </div>
      <p className="text-sm text-slate-600">
        {formatPeriod(period)}进展的报送截止时间为 {formatDateTime(dueDate(period))}(已批准延期的单位以批准的日期为准)。
        报告经县区审核报送或科室报送后即视为已报送;草稿、待审核和被退回的都算未报送。
      </p>
      {!isOverdue(period, now) && overdue.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-slate-600">
          尚未到截止时间,暂无逾期单位。
        </p>
      ) : overdue.length === 0 ? (
        <p className="rounded-lg border border-green-200 bg-green-50 px-4 py-6 text-center text-green-800">
          各单位均已按时报送,没有逾期单位。
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-medium text-red-700">逾期未报单位 {overdue.length} 个</p>
            <RemindButton
              period={period}
              unitIds="all-overdue"
              label="一键催办全部逾期单位"
              primary
              confirmText={`向全部 ${overdue.length} 个逾期单位发送催办通知?`}
            />
          </div>
          <OverdueTable period={period} overdue={overdue} reminded={reminded} />
        </>
      )}
    </div>
  );
}
