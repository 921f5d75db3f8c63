import type { Metadata } from "next";
import Link from "next/link";
import { ExcelImportForm } from "@/components/reports/excel-import-form";
import { requireViewer } from "@/lib/auth/viewer";
import { portalNow } from "@/lib/time/clock";
import { formatPeriod } from "@/lib/time/format";
import { currentPeriod, isPeriod } from "@/lib/time/periods";

export const metadata: Metadata = { title: "Excel 批量填报" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ period?: string | string[] }> };

export default async function ReportImportPage({ searchParams }: Props) {
  const viewer = await requireViewer("report.file");
  const raw = (await searchParams).period;
  const current = currentPeriod(portalNow());
  const period = typeof raw === "string" && isPeriod(raw) ? raw : current;
  const year = Number(period.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, "0")}`);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Excel 批量填报 · {viewer.unitName}</h1>
        <p className="text-sm text-slate-600">
          下载本单位某月的填报模板,离线填写后上传。系统逐格检查并列出有误的行;核对预览无误、点击确认后,才保存为草稿。已报送或已通过的报告不会被覆盖。
          <Link href={`/reports?period=${period}`} className="ml-2 text-brand-700 underline">
            返回本月填报
          </Link>
        </p>
      </div>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="download-heading">
        <h2 id="download-heading" className="font-semibold">
          第一步:下载模板
        </h2>
        <form
          noValidate
          method="get"
          action="/api/v1/reports/template"
          className="flex flex-wrap items-center gap-3 text-sm"
        >
          <label className="flex items-center gap-2">
            <span>填报月份</span>
            <select
              name="period"
              defaultValue={period}
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
            >
              {months.map((month) => (
                <option key={month} value={month}>
                  {formatPeriod(month)}
                  {month === current ? "(本月填报)" : ""}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
            下载填报模板(.xlsx)
          </button>
        </form>
        <p className="text-sm text-slate-600">
          模板已列出本单位该月的全部指标、任务目标和上月已审核的累计值;“进展情况”表每条要点一行。只填黄色单元格。
        </p>
      </section>
      <section className="space-y-3" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="font-semibold">
          第二步:上传并核对
        </h2>
        <ExcelImportForm />
      </section>
    </div>
  );
}
