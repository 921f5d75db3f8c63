"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { markAllRead, markRead } from "./mark-read";
import { markAllReadSchema, markReadSchema } from "./schemas";

export const markNotificationReadAction = defineAction("account.own", markReadSchema, async (input, { viewer }) => {
  await markRead(getPrisma(), viewer, input.id);
  return { done: true };
});

export const markAllNotificationsReadAction = defineAction(
  "account.own",
  markAllReadSchema,
  async (input, { viewer }) => ({
    marked: await markAllRead(getPrisma(), viewer, input.upToId),
  }),
);
