// The words of a 督查单: its number as the bureau writes it, colours and states in Chinese.
import type { NoticeColour, NoticeReason, NoticeState } from "@/lib/generated/prisma/enums";

/** 莆民督〔2022〕17号 */
export const noticeNumberText = (year: number, number: number | null) =>
  number === null ? "(未编号)" : `莆民督〔${year}〕${number}号`;

export const COLOUR_LABELS: Record<NoticeColour, string> = { YELLOW: "黄色", RED: "红色" };

export const REASON_LABELS: Record<NoticeReason, string> = {
  BEHIND: "进度滞后",
  SERIOUSLY_BEHIND: "进度严重滞后",
  OVERDUE: "逾期未报送",
  UNANSWERED: "黄色督查单逾期未反馈",
  MANUAL: "督查室手动下发",
};

export const STATE_LABELS: Record<NoticeState, string> = {
  PROPOSED: "拟发",
  ISSUED: "待反馈",
  FEEDBACK: "已反馈待审核",
  RETURNED: "退回重新反馈",
  ACCEPTED: "已办结",
  WITHDRAWN: "已撤回",
  DISMISSED: "不予下发",
  ESCALATED: "已升级为红色",
};

/** 办理中: issued and not yet closed; the unit has work to do or the office has feedback to read. */
export const OPEN_STATES: NoticeState[] = ["ISSUED", "FEEDBACK", "RETURNED"];
/** The unit still owes an answer. */
export const UNANSWERED_STATES: NoticeState[] = ["ISSUED", "RETURNED"];
export const CLOSED_STATES: NoticeState[] = ["ACCEPTED", "WITHDRAWN", "DISMISSED", "ESCALATED"];
