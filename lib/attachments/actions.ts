"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { removeAttachment } from "./service";

export const removeAttachmentAction = defineAction(
  "report.file",
  z.object({ id: z.number().int().positive() }),
  async ({ id }, { viewer, clientAddress, requestId }) => {
    await removeAttachment(getPrisma(), viewer, { clientAddress, requestId }, id);
    return { removed: true };
  },
);
