// A 督查单 laid out as the bureau's paper form: red header, number, the unit addressed, the facts,
// the deadline; then the answer and the history.
import Link from "next/link";
import type { NoticeDetail } from "@/lib/supervision/notice-detail";
import { COLOUR_LABELS, noticeNumberText, REASON_LABELS, STATE_LABELS } from "@/lib/supervision/notice-words";
import { formatDateTime, formatDay, formatPeriod } from "@/lib/time/format";

export function NoticeDocument({ notice }: { notice: NoticeDetail }) {
  const red = notice.colour === "RED";
  return (
    <article
      aria-labelledby="notice-title"
      className={`mx-auto max-w-3xl space-y-4 border-t-8 bg-white p-6 shadow-sm ${red ? "border-red-600" : "border-amber-400"}`}
    >
      <header className="space-y-2 text-center">
        <p className="text-2xl font-bold tracking-widest text-red-700">莆田市民政局</p>
        <h1 id="notice-title" className="text-xl font-semibold">
          {COLOUR_LABELS[notice.colour]}督查单
        </h1>
        <p className="text-slate-700">
          {notice.number === null ? `拟发(编号下发时确定)` : noticeNumberText(notice.year, notice.number)}
        </p>
      </header>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 border-y border-slate-300 py-3">
        <dt className="text-slate-600">责任单位</dt>
        <dd>{notice.unit.name}</dd>
        <dt className="text-slate-600">督查事项</dt>
        <dd>
          第{notice.point?.no}条 {notice.point?.title}
          {notice.indicator && ` · ${notice.indicator.name}`}({formatPeriod(notice.period)})
        </dd>
        <dt className="text-slate-600">督查原因</dt>
        <dd>{REASON_LABELS[notice.reason]}</dd>
        <dt className="text-slate-600">具体情况</dt>
        <dd className="whitespace-pre-line">{notice.facts}</dd>
        <dt className="text-slate-600">反馈期限</dt>
        <dd>{notice.feedbackDay ? `${formatDay(notice.feedbackDay)}前反馈整改情况` : "下发时确定"}</dd>
        <dt className="text-slate-600">当前状态</dt>
        <dd className="font-medium">{STATE_LABELS[notice.state]}</dd>
        {notice.escalatedFrom && (
          <>
            <dt className="text-slate-600">升级自</dt>
            <dd>
              <Link href={`/supervision/${notice.escalatedFrom.id}`} className="text-brand-700 underline">
                {noticeNumberText(notice.escalatedFrom.year, notice.escalatedFrom.number)}
              </Link>
            </dd>
          </>
        )}
        {notice.escalatedTo && (
          <>
            <dt className="text-slate-600">已升级为</dt>
            <dd>
              <Link href={`/supervision/${notice.escalatedTo.id}`} className="text-brand-700 underline">
                {noticeNumberText(notice.escalatedTo.year, notice.escalatedTo.number)}
              </Link>
            </dd>
          </>
        )}
      </dl>
      {notice.feedbackText && (
        <section aria-labelledby="feedback-title" className="space-y-1">
          <h2 id="feedback-title" className="font-semibold">
            整改反馈{notice.feedbackAt && `(${formatDateTime(notice.feedbackAt)})`}
          </h2>
          <p className="whitespace-pre-line">{notice.feedbackText}</p>
        </section>
      )}
      {notice.decisionNote && (
        <section aria-labelledby="decision-title" className="space-y-1">
          <h2 id="decision-title" className="font-semibold">
            督查室意见
          </h2>
          <p className="whitespace-pre-line">{notice.decisionNote}</p>
        </section>
      )}
      <p className="text-right text-slate-700">
        莆田市民政局办公室
        <br />
        {notice.issuedAt ? formatDateTime(notice.issuedAt).slice(0, -6) : "(待下发)"}
      </p>
      <section aria-labelledby="history-title" className="border-t border-slate-200 pt-3 text-sm">
        <h2 id="history-title" className="font-semibold">
          办理记录
        </h2>
        <ol className="mt-1 space-y-1">
          <li>{formatDateTime(notice.proposedAt)} 拟发</li>
          {notice.history.map((event) => (
            <li key={event.id}>
              {formatDateTime(event.at)} {event.label}
              {event.username && `(${event.username})`}
              {event.detail && <span className="text-slate-600"> {event.detail}</span>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
