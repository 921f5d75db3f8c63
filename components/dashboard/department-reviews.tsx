import Link from "next/link";
import type { WaitingReview } from "@/lib/dashboard/unit-dashboard";
import { formatDate, formatPeriod } from "@/lib/time/format";

type Props = { unit: string; reviews: WaitingReview[]; readable: Set<number> };

const CELL = "px-3 py-2";

/** County reports submitted on the department's points and waiting for its review, oldest first. */
export function DepartmentReviews({ unit, reviews, readable }: Props) {
  if (reviews.length === 0) return <p className="text-sm text-slate-600">没有等待{unit}审核的县区报告。</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="department-reviews">
        <caption className="px-3 py-2 text-left text-slate-600">
          等待{unit}审核的县区报告({reviews.length} 份,先报先审)
        </caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className={`${CELL} font-medium`}>
              报告
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              月份
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              报送日期
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              操作
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reviews.map((review) => (
            <tr key={review.id}>
              <th scope="row" className={`${CELL} text-left font-normal`}>
                {review.unit} · 第{review.pointNo}条 {review.pointTitle}
              </th>
              <td className={CELL}>{formatPeriod(review.period)}</td>
              <td className={`${CELL} tabular-nums`}>{review.submittedAt ? formatDate(review.submittedAt) : "—"}</td>
              <td className={CELL}>
                {readable.has(review.id) ? (
                  <Link href={`/reports/${review.id}`} className="text-brand-700 hover:underline">
                    查看报告
                    <span className="sr-only">
                      :{review.unit} 第{review.pointNo}条
                    </span>
                  </Link>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
