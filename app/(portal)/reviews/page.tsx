import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewCards } from "@/components/reviews/review-cards";
import { ReviewTable } from "@/components/reviews/review-table";
import { OpenNoticesBanner } from "@/components/supervision/open-notices-banner";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { listOpenNoticesOf } from "@/lib/supervision/queries";
import { getPrisma } from "@/lib/db";
import { listReviewQueue } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "待审核" };
export const dynamic = "force-dynamic";

export default async function ReviewsPage() {
  const viewer = await requireViewer("review.readQueue");
  const queue = await listReviewQueue(viewer);
  if (!queue) notFound();
  const notices = can(viewer, "notice.feedback") ? await listOpenNoticesOf(getPrisma(), viewer.unitId) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">待审核</h1>
      <OpenNoticesBanner notices={notices} />
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
        <>
          {/* A phone gets cards, a wider screen the table: no sideways scrolling, no squeezed columns. */}
          <ReviewCards queue={queue} className="md:hidden" />
          <ReviewTable queue={queue} className="hidden md:block" />
        </>
      )}
    </div>
  );
}
