import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { CloseoutStateBadge } from "@/components/closeouts/closeout-state";
import { CloseoutSteps } from "@/components/closeouts/closeout-steps";
import { CloseoutTable } from "@/components/closeouts/closeout-table";
import { CloseoutFacts } from "@/components/closeouts/closeout-facts";
import { requireViewer } from "@/lib/auth/viewer";
import { getCloseoutDetail } from "@/lib/closeouts/queries";
import { formatDateTime } from "@/lib/time/format";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "办结申请" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function CloseoutPage({ params }: Props) {
  const viewer = await requireViewer("closeout.read");
  const id = parseIdParam((await params).id);
  const closeout = id === null ? null : await getCloseoutDetail(viewer, id);
  if (!closeout) notFound();
  const { actors } = closeout;
  const events = [
    { label: "申请", at: closeout.appliedAt, who: actors.applied, text: closeout.summary },
    closeout.verifiedAt && {
      label: "核验通过",
      at: closeout.verifiedAt,
      who: actors.verified,
      text: closeout.verifyNote,
    },
    closeout.returnReason && { label: "退回", at: null, who: "", text: closeout.returnReason },
    closeout.closedAt && { label: "销号", at: closeout.closedAt, who: actors.closed, text: "" },
    closeout.reopenedAt && {
      label: "重新打开",
      at: closeout.reopenedAt,
      who: actors.reopened,
      text: closeout.reopenReason,
    },
  ].filter((event) => !!event);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">办结申请 · {closeout.unit.name}</h1>
        <p>
          <Link
            className="text-brand-700 hover:underline"
            href={`/plans/${closeout.point.plan.year}/points/${closeout.point.no}`}
          >
            第{closeout.point.no}条 {closeout.point.title}
          </Link>
          <span className="text-slate-600">{closeout.indicator ? ` · ${closeout.indicator.name}` : " · 整条要点"}</span>
        </p>
        <p className="flex items-center gap-2 text-sm text-slate-600">
          状态{" "}
          <span data-testid="closeout-state">
            <CloseoutStateBadge state={closeout.state} closedAt={closeout.closedAt} />
          </span>{" "}
          · 牵头科室 {closeout.point.leadUnit.name}
        </p>
      </div>
      <CloseoutFacts facts={closeout.factsData} />
      <AttachmentList owner={{ kind: "closeout", id: closeout.id }} canEdit={closeout.canEditEvidence} />
      <section className="space-y-2">
        <h2 className="font-semibold">办理经过</h2>
        <ol className="space-y-2 text-sm">
          {events.map((event) => (
            <li key={event.label} className="rounded-md border border-slate-200 bg-white p-3">
              <p className="font-medium">
                {event.label}
                <span className="ml-2 font-normal text-slate-600">
                  {event.who} {event.at && formatDateTime(event.at)}
                </span>
              </p>
              {event.text && <p className="mt-1 whitespace-pre-wrap break-words">{event.text}</p>}
            </li>
          ))}
        </ol>
      </section>
      {closeout.steps.length > 0 && (
        <CloseoutSteps id={closeout.id} version={closeout.version} steps={closeout.steps} />
      )}
      {closeout.history.length > 0 && (
        <section className="space-y-2">
          <h2 className="font-semibold">此前的申请</h2>
          <CloseoutTable rows={closeout.history} caption="此前的申请" />
        </section>
      )}
    </div>
  );
}
