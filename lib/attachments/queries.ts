import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { AttachmentOwner } from "./owner-rules";
import { OWNER_RULES } from "./owners";

/** The owner's current attachments, oldest first; none for a viewer who may not read the owner. */
export async function listAttachments(db: PrismaClient, viewer: Viewer, owner: AttachmentOwner) {
  const rules = OWNER_RULES[owner.kind];
  const readable = rules.readableWhere(viewer);
  if (!readable) return [];
  return db.attachment.findMany({
    where: { AND: [{ [rules.column]: owner.id, deletedAt: null }, readable] },
    orderBy: { id: "asc" },
    select: { id: true, fileName: true, size: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
  });
}

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];
