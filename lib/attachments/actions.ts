"use server";

import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { OWNER_KINDS, type OwnerKind } from "./owner-rules";
import { OWNER_RULES } from "./owners";
import { removeAttachment } from "./service";

const ownerKindOf = (input: unknown): OwnerKind => {
  const owner = (input as { owner?: unknown } | null)?.owner;
  return OWNER_KINDS.find((kind) => kind === owner) ?? "report";
};

// The right is the owner's: a report's reporter, a unit answering its 督查单, an applicant for 办结.
export const removeAttachmentAction = defineAction(
  (input) => OWNER_RULES[ownerKindOf(input)].right,
  z.object({ id: idSchema("附件编号"), owner: z.enum(OWNER_KINDS).default("report") }),
  async ({ id, owner }, { viewer, clientAddress, requestId }) => {
    await removeAttachment(getPrisma(), viewer, { clientAddress, requestId }, id, owner);
    return { removed: true };
  },
);
