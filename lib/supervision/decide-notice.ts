// The office's steps on a 督查单 and the unit's answer, each one changeNotice step.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { notifyUsers } from "@/lib/notifications/recipients";
import { rolesWith } from "@/lib/policy";
import { changeNotice, type NoticeRow } from "./change-notice";
import { noticeNumberText, OPEN_STATES } from "./notice-words";
import { notifyOffice } from "./notify-units";
import type { AcceptNoticeInput, AnswerNoticeInput, DismissNoticeInput } from "./schemas";

type Ref = { id: number; version: number };

const tellUnit =
  (title: (notice: NoticeRow) => string, body: string) => (tx: Parameters<typeof notifyUsers>[0], notice: NoticeRow) =>
    notifyUsers(
      tx,
      { unitId: notice.unitId, role: { in: rolesWith("notice.feedback") } },
      { kind: "notice.decide", title: title(notice), body, link: `/supervision/${notice.id}` },
    );

const numberOf = (notice: NoticeRow) => noticeNumberText(notice.year, notice.number);

export const dismissNotice = (db: PrismaClient, viewer: Viewer, context: RequestContext, input: DismissNoticeInput) =>
  changeNotice(db, viewer, context, input, {
    right: "notice.issue",
    action: "notice.dismiss",
    from: ["PROPOSED"],
    to: "DISMISSED",
    wrongState: "只能对拟发的督查单作不予下发处理。",
    data: (now) => ({ decisionNote: input.reason, decidedAt: now, decidedById: viewer.userId }),
    detail: `理由:${input.reason}`,
  });

export const withdrawNotice = (db: PrismaClient, viewer: Viewer, context: RequestContext, input: DismissNoticeInput) =>
  changeNotice(db, viewer, context, input, {
    right: "notice.issue",
    action: "notice.withdraw",
    from: OPEN_STATES,
    to: "WITHDRAWN",
    wrongState: "只能撤回已下发、尚未办结的督查单。",
    data: (now) => ({ decisionNote: input.reason, decidedAt: now, decidedById: viewer.userId }),
    detail: `理由:${input.reason}`,
    announce: tellUnit((notice) => `督查单 ${numberOf(notice)} 已撤回`, `撤回理由:${input.reason}`),
  });

export const acceptNotice = (db: PrismaClient, viewer: Viewer, context: RequestContext, input: AcceptNoticeInput) =>
  changeNotice(db, viewer, context, input, {
    right: "notice.decide",
    action: "notice.accept",
    from: ["FEEDBACK"],
    to: "ACCEPTED",
    wrongState: "只能采纳单位已反馈的督查单。",
    data: (now) => ({ decisionNote: input.note, decidedAt: now, decidedById: viewer.userId }),
    detail: input.note ? `意见:${input.note}` : "",
    announce: tellUnit((notice) => `督查单 ${numberOf(notice)} 整改反馈已采纳,办结`, input.note),
  });

export const returnNotice = (db: PrismaClient, viewer: Viewer, context: RequestContext, input: DismissNoticeInput) =>
  changeNotice(db, viewer, context, input, {
    right: "notice.decide",
    action: "notice.return",
    from: ["FEEDBACK"],
    to: "RETURNED",
    wrongState: "只能退回单位已反馈的督查单。",
    data: (now) => ({ decisionNote: input.reason, decidedAt: now, decidedById: viewer.userId }),
    detail: `理由:${input.reason}`,
    announce: tellUnit((notice) => `督查单 ${numberOf(notice)} 整改反馈被退回,请重新反馈`, `退回理由:${input.reason}`),
  });

export const answerNotice = (db: PrismaClient, viewer: Viewer, context: RequestContext, input: AnswerNoticeInput) =>
  changeNotice(db, viewer, context, input as Ref, {
    right: "notice.feedback",
    action: "notice.feedback",
    from: ["ISSUED", "RETURNED"],
    to: "FEEDBACK",
    ownUnitOnly: true,
    wrongState: "该督查单当前不需要反馈(已反馈、已办结或已撤回)。",
    data: (now) => ({ feedbackText: input.text, feedbackAt: now, feedbackById: viewer.userId }),
    detail: `${viewer.unitName}反馈整改情况`,
    announce: (tx, notice) =>
      notifyOffice(
        tx,
        `${viewer.unitName}已反馈督查单 ${numberOf(notice)}`,
        `/supervision/${notice.id}`,
        "notice.feedback",
      ),
  });
