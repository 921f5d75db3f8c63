import type { Metadata } from "next";
import Link from "next/link";
import { NoticeFiltersBar } from "@/components/supervision/notice-filters";
import { NoticeTable } from "@/components/supervision/notice-table";
import { ProposalList } from "@/components/supervision/proposal-list";
import { RunLadderButton } from "@/components/supervision/run-ladder-button";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { listReportingUnits } from "@/lib/supervision/form-options";
import { noticeFiltersOf } from "@/lib/supervision/page-params";
import { listNotices } from "@/lib/supervision/queries";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "督查单" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupervisionPage({ searchParams }: Props) {
  const viewer = await requireViewer("notice.read");
  const mayIssue = can(viewer, "notice.issue");
  const filters = noticeFiltersOf(await searchParams, mayIssue);
  const db = getPrisma();
  const [notices, units] = await Promise.all([listNotices(db, viewer, filters), listReportingUnits(db)]);
  const proposals = filters.tab === "proposed";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">督查单</h1>
        {mayIssue && (
          <div className="flex gap-4">
            <Link href="/supervision/new" className="text-brand-700 underline">
              手动下发
            </Link>
            {can(viewer, "notice.settings") && (
              <Link href="/supervision/settings" className="text-brand-700 underline">
                升级规则
              </Link>
            )}
          </div>
        )}
      </div>
      <p className="text-sm text-slate-700">
        指标进度滞后或报告逾期时,平台每天拟发督查单:黄色(滞后,或逾期 3 天),红色(严重滞后,或逾期 7
        天,或黄色督查单逾期未反馈)。责任单位在反馈期限内提交整改反馈,督查室采纳后办结。
      </p>
      <NoticeFiltersBar filters={filters} units={viewer.unitKind === "COUNTY" ? [] : units} showProposed={mayIssue} />
      {proposals && <RunLadderButton />}
      {proposals ? (
        <ProposalList
          proposals={notices.map((notice) => ({
            id: notice.id,
            version: notice.version,
            colour: notice.colour,
            reason: notice.reason,
            unitName: notice.unit.name,
            pointText: `第${notice.point?.no}条 ${notice.point?.title}`,
            facts: notice.facts,
          }))}
        />
      ) : (
        <NoticeTable notices={notices} caption="督查单列表" />
      )}
    </div>
  );
}
