"use server";

import { defineAction } from "@/lib/actions/define-action";
import { auditActorOf } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db";
import { portalNow } from "@/lib/time/clock";
import { z } from "@/lib/validation/zod";
import { confirmNotices, issueManualNotice } from "./confirm-notices";
import { acceptNotice, answerNotice, dismissNotice, returnNotice, withdrawNotice } from "./decide-notice";
import { runSupervisionLadder } from "./run-ladder";
import { saveSupervisionSettings } from "./save-settings";
import {
  acceptNoticeSchema,
  answerNoticeSchema,
  confirmNoticesSchema,
  dismissNoticeSchema,
  issueManualNoticeSchema,
  returnNoticeSchema,
  supervisionSettingsSchema,
  withdrawNoticeSchema,
} from "./schemas";

export const confirmNoticesAction = defineAction("notice.issue", confirmNoticesSchema, (input, context) =>
  confirmNotices(getPrisma(), context.viewer, context, input),
);

export const issueManualNoticeAction = defineAction("notice.issue", issueManualNoticeSchema, (input, context) =>
  issueManualNotice(getPrisma(), context.viewer, context, input),
);

export const dismissNoticeAction = defineAction("notice.issue", dismissNoticeSchema, (input, context) =>
  dismissNotice(getPrisma(), context.viewer, context, input),
);

export const withdrawNoticeAction = defineAction("notice.issue", withdrawNoticeSchema, (input, context) =>
  withdrawNotice(getPrisma(), context.viewer, context, { ...input }),
);

export const acceptNoticeAction = defineAction("notice.decide", acceptNoticeSchema, (input, context) =>
  acceptNotice(getPrisma(), context.viewer, context, input),
);

export const returnNoticeAction = defineAction("notice.decide", returnNoticeSchema, (input, context) =>
  returnNotice(getPrisma(), context.viewer, context, input),
);

export const answerNoticeAction = defineAction("notice.feedback", answerNoticeSchema, (input, context) =>
  answerNotice(getPrisma(), context.viewer, context, input),
);

export const saveSupervisionSettingsAction = defineAction(
  "notice.settings",
  supervisionSettingsSchema,
  (input, context) => saveSupervisionSettings(getPrisma(), context.viewer, context, input),
);

/** 立即检查: the daily job's work now (after a settings change, say); it proposes nothing twice either. */
export const runLadderNowAction = defineAction("notice.issue", z.object({}), (_input, context) =>
  runSupervisionLadder(getPrisma(), portalNow(), { actor: auditActorOf(context.viewer), context }),
);
