"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { saveReminderRulesSchema } from "./rule-schemas";
import { saveReminderRules } from "./save-rules";

export const saveReminderRulesAction = defineAction(
  "reminder.rules",
  saveReminderRulesSchema,
  (input, { viewer, clientAddress, requestId }) =>
    saveReminderRules(getPrisma(), viewer, { clientAddress, requestId }, input),
);
