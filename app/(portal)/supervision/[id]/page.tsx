import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { NoticeDocument } from "@/components/supervision/notice-document";
import { NoticeStepForm, type StepKind } from "@/components/supervision/notice-step-form";
import { denyAsNotFound, requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { can } from "@/lib/policy";
import { getNoticeDetail } from "@/lib/supervision/notice-detail";
import { OPEN_STATES } from "@/lib/supervision/notice-words";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "督查单" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function NoticePage({ params }: Props) {
  const viewer = await requireViewer("notice.read");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const notice = await getNoticeDetail(getPrisma(), viewer, id);
  if (!notice) return denyAsNotFound(viewer, "notice.read", { type: "SupervisionNotice", id });
  const steps: StepKind[] = [];
  const answering = notice.state === "ISSUED" || notice.state === "RETURNED";
  if (answering && notice.unitId === viewer.unitId && can(viewer, "notice.feedback", notice.unitId))
    steps.push("answer");
  if (notice.state === "FEEDBACK" && can(viewer, "notice.decide")) steps.push("accept", "return");
  if (OPEN_STATES.includes(notice.state) && can(viewer, "notice.issue")) steps.push("withdraw");
  return (
    <div className="space-y-4">
      <Link href="/supervision" className="text-brand-700 underline">
        返回督查单列表
      </Link>
      <NoticeDocument notice={notice} />
      <div className="mx-auto max-w-3xl space-y-3">
        {notice.state !== "PROPOSED" && notice.state !== "DISMISSED" && (
          <AttachmentList
            owner={{ kind: "notice", id: notice.id }}
            canEdit={steps.includes("answer")}
            title="整改佐证材料"
          />
        )}
        {steps.map((step) => (
          <NoticeStepForm key={step} id={notice.id} version={notice.version} step={step} />
        ))}
      </div>
    </div>
  );
}
