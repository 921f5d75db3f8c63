import { PeriodPicker } from "@/components/reports/period-picker";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { formatPercent, thresholdText } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { PrintButton } from "./print-button";
import { DemoDataNote } from "./progress-notes";

type Props = { progress: PlanProgress; current: string };

/** Title, month, export and print; and beside the numbers, the rule they follow and what they leave out. */
export function DashboardHeader({ progress, current }: Props) {
  const { period, year } = progress;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          {year}年工作要点督办看板 · {formatPeriod(period)}
        </h1>
        <div className="flex items-center gap-2 print:hidden">
          <a
            href={`/api/v1/dashboard/export?view=plan&period=${period}`}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-slate-50"
          >
            导出 Excel
          </a>
          <a
            href={`/dashboard/ledger?period=${period}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-slate-50"
          >
            导出台账
          </a>
          <PrintButton />
        </div>
      </div>
      <div className="print:hidden">
        <PeriodPicker period={period} current={current} path="/dashboard" label="统计月份" currentNote="(最新)" />
      </div>
      <div className="space-y-1 text-sm text-slate-600">
        <p>
          完成率为年度累计完成值与全年目标之比;{formatPeriod(period)}末全年时间已过{" "}
          {formatPercent(progress.timeProgress)}
          。序时进度按各指标的规则计算(按月均衡、自定曲线、达到并保持、按期完成,自年初值起算),
          逐级按与完成率相同的权重汇总。{thresholdText(progress.thresholds)}。
        </p>
        {progress.pendingReports > 0 ? (
          <p className="font-medium text-amber-900" data-testid="pending-note">
            本月尚有 {progress.pendingReports} 份报告未审核通过,未计入完成率({formatPeriod(period)}应报{" "}
            {progress.expectedReports} 份,已通过 {progress.approvedReports} 份)。
          </p>
        ) : (
          <p data-testid="pending-note">
            {formatPeriod(period)}应报的 {progress.expectedReports} 份报告均已审核通过,全部计入完成率。
          </p>
        )}
        <DemoDataNote />
      </div>
    </div>
  );
}
