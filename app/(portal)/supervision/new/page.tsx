import type { Metadata } from "next";
import Link from "next/link";
import { ManualNoticeForm } from "@/components/supervision/manual-notice-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { listPlanPoints, listReportingUnits } from "@/lib/supervision/form-options";
import { portalNow } from "@/lib/time/clock";
import { shanghaiYear } from "@/lib/time/days";

export const metadata: Metadata = { title: "手动下发督查单" };
export const dynamic = "force-dynamic";

export default async function ManualNoticePage() {
  await requireViewer("notice.issue");
  const db = getPrisma();
  const [units, points] = await Promise.all([listReportingUnits(db), listPlanPoints(db, shanghaiYear(portalNow()))]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">手动下发督查单</h1>
        <Link href="/supervision" className="text-brand-700 underline">
          返回督查单列表
        </Link>
      </div>
      <ManualNoticeForm units={units} points={points} />
    </div>
  );
}
