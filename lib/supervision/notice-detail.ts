// One 督查单 as its page shows it, with its history from the audit trail (every step is audited).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { dayOfDateColumn } from "@/lib/time/days";
import { readableNoticesWhere } from "./queries";

const STEP_LABELS: Record<string, string> = {
  "notice.issue": "下发",
  "notice.feedback": "单位反馈",
  "notice.accept": "采纳办结",
  "notice.return": "退回重新反馈",
  "notice.withdraw": "撤回",
  "notice.dismiss": "不予下发",
};

export async function getNoticeDetail(db: PrismaClient, viewer: Viewer, id: number) {
  const readable = readableNoticesWhere(viewer);
  if (!readable) return null;
  const notice = await db.supervisionNotice.findFirst({
    where: { AND: [readable, { id }] },
    select: {
      id: true,
      year: true,
      number: true,
      colour: true,
      reason: true,
      state: true,
      period: true,
      facts: true,
      feedbackDue: true,
      feedbackText: true,
      feedbackAt: true,
      decisionNote: true,
      proposedAt: true,
      issuedAt: true,
      version: true,
      unitId: true,
      unit: { select: { name: true, code: true } },
      point: { select: { no: true, title: true } },
      indicator: { select: { name: true } },
      escalatedFrom: { select: { id: true, year: true, number: true } },
      escalatedTo: { select: { id: true, year: true, number: true } },
    },
  });
  if (!notice) return null;
  const events = await db.auditEvent.findMany({
    where: { objectType: "SupervisionNotice", objectId: String(id), action: { in: Object.keys(STEP_LABELS) } },
    orderBy: { id: "asc" },
    select: { id: true, at: true, action: true, username: true, detail: true },
  });
  return {
    ...notice,
    feedbackDay: notice.feedbackDue && dayOfDateColumn(notice.feedbackDue),
    history: events.map((event) => ({ ...event, label: STEP_LABELS[event.action] ?? event.action })),
  };
}

export type NoticeDetail = NonNullable<Awaited<ReturnType<typeof getNoticeDetail>>>;
