import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/reports/state-badge";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { listReviewQueue } from "@/lib/reports/queries";
import { formatDateTime, formatPeriod } from "@/lib/time/format";

export const metadata: Metadata = { title: "待审核" };
export const dynamic = "force-dynamic";

export default async function ReviewsPage() {
  const viewer = await requireViewer("review.readQueue");
  const queue = await listReviewQueue(viewer);
  if (!queue) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">待审核</h1>
      <p className="text-sm text-slate-600">
        {can(viewer, "report.signoff")
          ? "本单位填报员提交、等待您审核报送的报告。"
          : can(viewer, "report.approveDepartmentReport")
            ? "各科室报送、等待督查审核的报告。"
            : "各县区报送的、本科室牵头要点的报告。"}
        共 {queue.length} 份,等待最久的在前。
      </p>
      {queue.length === 0 ? (
        <p className="text-sm text-slate-600">暂无待审核的报告。</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  单位
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  月份
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  要点
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  状态
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  等待自
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.map((report) => (
                <tr key={report.id} data-testid="review-row">
                  <td className="px-3 py-2">{report.unit.name}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatPeriod(report.period)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/reports/${report.id}`} className="text-brand-700 hover:underline">
                      第{report.point.no}条 {report.point.title}
                    </Link>
                    {report.revision > 1 && (
                      <span className="ml-2 text-xs text-slate-500">第 {report.revision} 次修订</span>
                    )}
                    {report._count.values > 0 && (
                      <span
                        className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                        data-testid="review-implausible"
                      >
                        数值异常 {report._count.values} 项
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <StateBadge state={report.state} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatDateTime(report.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
