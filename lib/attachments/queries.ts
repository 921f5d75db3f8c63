import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { readableReportsWhere } from "@/lib/reports/scope";

/** The report's current attachments, oldest first; none for a viewer who may not read the report. */
export async function listAttachments(db: PrismaClient, viewer: Viewer, reportId: number) {
  const readable = readableReportsWhere(viewer);
  if (!readable) return [];
  return db.attachment.findMany({
    where: { reportId, deletedAt: null, report: readable },
    orderBy: { id: "asc" },
    select: { id: true, fileName: true, size: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
  });
}

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];
