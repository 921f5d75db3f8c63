"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { portalNow } from "@/lib/time/clock";
import { sendReminders } from "./send-reminders";
import { sendRemindersSchema } from "./schemas";

// "plan.import" is the policy's supervisor-only row; sendReminders checks the role again.
export const sendRemindersAction = defineAction(
  "reminder.send",
  sendRemindersSchema,
  (input, { viewer, clientAddress, requestId }) =>
    sendReminders(getPrisma(), viewer, { clientAddress, requestId }, { ...input, now: portalNow() }),
);
