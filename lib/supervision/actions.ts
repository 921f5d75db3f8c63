"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { confirmNotices, issueManualNotice } from "./confirm-notices";
import { acceptNotice, answerNotice, dismissNotice, returnNotice, withdrawNotice } from "./decide-notice";
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
