"use server";

import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { removeAttachment } from "./service";

export const removeAttachmentAction = defineAction(
  "report.file",
  z.object({ id: idSchema("附件编号") }),
  async ({ id }, { viewer, clientAddress, requestId }) => {
    await removeAttachment(getPrisma(), viewer, { clientAddress, requestId }, id);
    return { removed: true };
  },
);
