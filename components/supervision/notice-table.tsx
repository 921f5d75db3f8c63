import Link from "next/link";
import type { NoticeListRow } from "@/lib/supervision/queries";
import { noticeNumberText, REASON_LABELS } from "@/lib/supervision/notice-words";
import { formatDay } from "@/lib/time/format";
import { ColourBadge, StateText } from "./notice-badge";

export function NoticeTable({ notices, caption }: { notices: NoticeListRow[]; caption: string }) {
  if (notices.length === 0) return <p className="text-sm text-slate-600">没有符合条件的督查单。</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              编号
            </th>
            <th scope="col" className="p-2">
              颜色
            </th>
            <th scope="col" className="p-2">
              责任单位
            </th>
            <th scope="col" className="p-2">
              事项
            </th>
            <th scope="col" className="p-2">
              原因
            </th>
            <th scope="col" className="p-2">
              反馈期限
            </th>
            <th scope="col" className="p-2">
              状态
            </th>
          </tr>
        </thead>
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.id} className="border-b border-slate-100 align-top">
              <td className="p-2">
                <Link href={`/supervision/${notice.id}`} className="text-brand-700 underline">
                  {notice.number === null ? `拟发 #${notice.id}` : noticeNumberText(notice.year, notice.number)}
                </Link>
              </td>
              <td className="p-2">
                <ColourBadge colour={notice.colour} />
              </td>
              <td className="p-2">{notice.unit.name}</td>
              <td className="p-2">
                第{notice.point?.no}条 {notice.point?.title}
              </td>
              <td className="p-2">{REASON_LABELS[notice.reason]}</td>
              <td className="p-2">{notice.feedbackDay ? formatDay(notice.feedbackDay) : "—"}</td>
              <td className="p-2">
                <StateText state={notice.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
