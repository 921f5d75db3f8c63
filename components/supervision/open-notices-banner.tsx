// The top of a unit's landing page: its open 督查单, reds first, each with its deadline and a link.
import Link from "next/link";
import type { NoticeListRow } from "@/lib/supervision/queries";
import { noticeNumberText } from "@/lib/supervision/notice-words";
import { formatDay } from "@/lib/time/format";
import { ColourBadge, StateText } from "./notice-badge";

export function OpenNoticesBanner({ notices }: { notices: NoticeListRow[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="open-notices" className="rounded-lg border border-red-300 bg-red-50 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="open-notices" className="font-semibold text-red-800">
          本单位待办督查单 {notices.length} 份
        </h2>
        <Link href="/supervision?tab=all" className="text-sm text-brand-700 underline">
          本单位全部督查单
        </Link>
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {notices.map((notice) => (
          <li key={notice.id} className="flex flex-wrap items-center gap-2">
            <ColourBadge colour={notice.colour} />
            <Link href={`/supervision/${notice.id}`} className="text-brand-700 underline">
              {noticeNumberText(notice.year, notice.number)}
            </Link>
            <span>
              第{notice.point?.no}条 {notice.point?.title}
            </span>
            {notice.feedbackDay && <span>反馈期限 {formatDay(notice.feedbackDay)}</span>}
            <StateText state={notice.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}
