// Adding, removing and opening evidence files. A file is stored first and recorded after, in one
// transaction with its audit row; when that transaction fails the stored file is removed again,
// so storage never keeps a file the database does not know.
import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { readableReportsWhere } from "@/lib/reports/scope";
import { portalNow } from "@/lib/time/clock";
import { editRefusal, findReadableReport, lockedEditRefusal, reportAccessSelect } from "./access";
import { NotFoundError } from "./errors";
import { AccessDenied } from "@/lib/auth/denied";
import { newStorageKey } from "./keys";
import type { AttachmentStorage } from "./attachment-storage";
import { getAttachmentStorage } from "./storage";
import { validateAttachment } from "./validate";

export const MAX_ATTACHMENTS_PER_REPORT = 30;

export type NewAttachment = { reportId: number; fileName: string; contentType: string; bytes: Uint8Array };

export async function addAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: NewAttachment,
  storage: AttachmentStorage = getAttachmentStorage(),
) {
  const report = await findReadableReport(db, viewer, input.reportId);
  if (!report) {
    if (await db.report.count({ where: { id: input.reportId } }))
      throw new AccessDenied("report.file", { type: "Report", id: input.reportId }, "报告不存在。");
    throw new NotFoundError("报告不存在。");
  }
  const refusal = editRefusal(report, viewer);
  if (refusal) throw new UserError(refusal);
  const file = await validateAttachment(input);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const storageKey = newStorageKey();
  await storage.put(storageKey, input.bytes, file.contentType);
  try {
    return await db.$transaction(async (tx) => {
      const lockedRefusal = await lockedEditRefusal(tx, report, viewer);
      if (lockedRefusal) throw new UserError(lockedRefusal);
      if (
        (await tx.attachment.count({ where: { reportId: report.id, deletedAt: null } })) >= MAX_ATTACHMENTS_PER_REPORT
      ) {
        throw new UserError(`每份报告最多上传 ${MAX_ATTACHMENTS_PER_REPORT} 个附件,请先删除不需要的附件。`);
      }
      const created = await tx.attachment.create({
        data: {
          reportId: report.id,
          fileName: file.fileName,
          contentType: file.contentType,
          size: input.bytes.byteLength,
          sha256,
          storageKey,
          uploadedById: viewer.userId,
          createdAt: portalNow(),
        },
        select: { id: true, fileName: true, contentType: true, size: true, sha256: true, createdAt: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(viewer),
        action: "attachment.upload",
        result: "SUCCESS",
        objectType: "Attachment",
        objectId: created.id,
        after: {
          reportId: report.id,
          fileName: created.fileName,
          contentType: created.contentType,
          size: created.size,
          sha256,
        },
        context,
      });
      return created;
    });
  } catch (error) {
    await storage
      .remove(storageKey)
      .catch((cleanup) => console.error(`[attachments] could not remove ${storageKey} after a failed upload`, cleanup));
    throw error;
  }
}

/** A soft delete: the row and the stored file stay for the audit trail; the report no longer lists it. */
export async function removeAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  id: number,
): Promise<void> {
  const readable = readableReportsWhere(viewer);
  const attachment =
    readable &&
    (await db.attachment.findFirst({
      where: { id, deletedAt: null, report: readable },
      select: {
        id: true,
        fileName: true,
        size: true,
        sha256: true,
        reportId: true,
        report: { select: reportAccessSelect },
      },
    }));
  if (!attachment?.report) {
    // Another unit's evidence: a refusal, audited by the door; the answer is the same as for none.
    if (await db.attachment.count({ where: { id, deletedAt: null } }))
      throw new AccessDenied("report.file", { type: "Attachment", id }, "附件不存在。");
    throw new NotFoundError("附件不存在。");
  }
  const report = attachment.report;
  const refusal = editRefusal(report, viewer);
  if (refusal) throw new UserError(refusal);
  await db.$transaction(async (tx) => {
    const lockedRefusal = await lockedEditRefusal(tx, report, viewer);
    if (lockedRefusal) throw new UserError(lockedRefusal);
    const { count } = await tx.attachment.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: portalNow() },
    });
    if (count === 0) throw new NotFoundError("附件不存在。");
    await recordAudit(tx, {
      actor: auditActorOf(viewer),
      action: "attachment.remove",
      result: "SUCCESS",
      objectType: "Attachment",
      objectId: id,
      before: {
        reportId: attachment.reportId,
        fileName: attachment.fileName,
        size: attachment.size,
        sha256: attachment.sha256,
      },
      context,
    });
  });
}

export type OpenedAttachment = { id: number; fileName: string; contentType: string; bytes: Uint8Array };

/** The file, for a viewer who may read its report; null otherwise (and a refused attempt is audited). */
export async function openAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  id: number,
  storage: AttachmentStorage = getAttachmentStorage(),
): Promise<OpenedAttachment | null> {
  const readable = readableReportsWhere(viewer);
  const attachment =
    readable &&
    (await db.attachment.findFirst({
      where: { id, deletedAt: null, report: readable },
      select: { id: true, fileName: true, contentType: true, storageKey: true, reportId: true, sha256: true },
    }));
  if (!attachment) {
    if ((await db.attachment.count({ where: { id } })) > 0) {
      await recordAudit(db, {
        actor: auditActorOf(viewer),
        action: "attachment.download",
        result: "DENIED",
        objectType: "Attachment",
        objectId: id,
        context,
      });
    }
    return null;
  }
  const bytes = await storage.get(attachment.storageKey);
  if (!bytes) throw new Error(`attachment ${id}: stored file ${attachment.storageKey} is missing`);
  await recordAudit(db, {
    actor: auditActorOf(viewer),
    action: "attachment.download",
    result: "SUCCESS",
    objectType: "Attachment",
    objectId: id,
    detail: JSON.stringify({ reportId: attachment.reportId, fileName: attachment.fileName, sha256: attachment.sha256 }),
    context,
  });
  return { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, bytes };
}
