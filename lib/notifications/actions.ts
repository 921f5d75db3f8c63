"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { markAllRead, markRead } from "./mark-read";
import { countUnread } from "./queries";
import { markAllReadSchema, markReadSchema } from "./schemas";

// Each answers with the unread count left, so the header's badge drops at once, whatever page follows.
export const markNotificationReadAction = defineAction("account.own", markReadSchema, async (input, { viewer }) => {
  await markRead(getPrisma(), viewer, input.id);
  return { unread: await countUnread(getPrisma(), viewer) };
});

export const markAllNotificationsReadAction = defineAction(
  "account.own",
  markAllReadSchema,
  async (input, { viewer }) => {
    const marked = await markAllRead(getPrisma(), viewer, input.upToId);
    return { marked, unread: await countUnread(getPrisma(), viewer) };
  },
);
