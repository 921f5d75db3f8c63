// Adding, removing and opening evidence files, whatever owns them (./owners.ts). A file is stored
// first and recorded after, in one transaction with its audit row; when that transaction fails the
// stored file is removed again, so storage never keeps a file the database does not know.
import "server-only";
import { createHash } from "node:crypto";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { AccessDenied } from "@/lib/auth/denied";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { portalNow } from "@/lib/time/clock";
import type { AttachmentStorage } from "./attachment-storage";
import { NotFoundError, StorageUnavailableError } from "./errors";
import { newStorageKey } from "./keys";
import type { AttachmentOwner, OwnerKind } from "./owner-rules";
import { OWNER_RULES, readableAttachmentsWhere } from "./owners";
import { getAttachmentStorage } from "./storage";
import { validateAttachment } from "./validate";

export type NewAttachment = { owner: AttachmentOwner; fileName: string; contentType: string; bytes: Uint8Array };

/** The owner, for a viewer who may read it; a refusal (audited by the door) or "not found" otherwise. */
async function requireReadableOwner(db: PrismaClient, viewer: Viewer, owner: AttachmentOwner) {
  const rules = OWNER_RULES[owner.kind];
  if (await rules.readable(db, viewer, owner.id)) return rules;
  if (await rules.exists(db, owner.id))
    throw new AccessDenied(rules.right, { type: rules.label, id: owner.id }, `${rules.label}不存在。`);
  throw new NotFoundError(`${rules.label}不存在。`);
}

export async function addAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: NewAttachment,
  storage: AttachmentStorage = getAttachmentStorage(),
) {
  const { owner } = input;
  const rules = await requireReadableOwner(db, viewer, owner);
  const refusal = await rules.editRefusal(db, viewer, owner.id, false);
  if (refusal) throw new UserError(refusal);
  const file = await validateAttachment(input);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const storageKey = newStorageKey();
  try {
    await storage.put(storageKey, input.bytes, file.contentType);
  } catch (error) {
    console.error(`[attachments] storing ${storageKey} failed`, error);
    throw new StorageUnavailableError();
  }
  try {
    return await db.$transaction(async (tx) => {
      const lockedRefusal = await rules.editRefusal(tx, viewer, owner.id, true);
      if (lockedRefusal) throw new UserError(lockedRefusal);
      if ((await tx.attachment.count({ where: { [rules.column]: owner.id, deletedAt: null } })) >= rules.maxFiles) {
        throw new UserError(`每份${rules.label}最多上传 ${rules.maxFiles} 个附件,请先删除不需要的附件。`);
      }
      const created = await tx.attachment.create({
        data: {
          [rules.column]: owner.id,
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
          [rules.column]: owner.id,
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

const OWNER_COLUMNS = { reportId: true, noticeId: true, closeoutId: true } as const;

/**
 * A soft delete: the row and the stored file stay for the audit trail; the owner no longer lists it.
 * `kind` is the owner the door admitted the viewer for: another kind's evidence is "not found".
 */
export async function removeAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  id: number,
  kind: OwnerKind = "report",
): Promise<void> {
  const rules = OWNER_RULES[kind];
  const readable = rules.readableWhere(viewer);
  const attachment =
    readable &&
    (await db.attachment.findFirst({
      where: { AND: [{ id, deletedAt: null, [rules.column]: { not: null } }, readable] },
      select: { id: true, fileName: true, size: true, sha256: true, ...OWNER_COLUMNS },
    }));
  const ownerId = attachment?.[rules.column];
  if (!attachment || !ownerId) {
    // Another unit's evidence: a refusal, audited by the door; the answer is the same as for none.
    if (await db.attachment.count({ where: { id, deletedAt: null, [rules.column]: { not: null } } }))
      throw new AccessDenied(rules.right, { type: "Attachment", id }, "附件不存在。");
    throw new NotFoundError("附件不存在。");
  }
  const refusal = await rules.editRefusal(db, viewer, ownerId, false);
  if (refusal) throw new UserError(refusal);
  await db.$transaction(async (tx) => {
    const lockedRefusal = await rules.editRefusal(tx, viewer, ownerId, true);
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
        [rules.column]: ownerId,
        fileName: attachment.fileName,
        size: attachment.size,
        sha256: attachment.sha256,
      },
      context,
    });
  });
}

export type OpenedAttachment = { id: number; fileName: string; contentType: string; bytes: Uint8Array };

/** The file, for a viewer who may read its owner; null otherwise (and a refused attempt is audited). */
export async function openAttachment(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  id: number,
  storage: AttachmentStorage = getAttachmentStorage(),
): Promise<OpenedAttachment | null> {
  const readable = readableAttachmentsWhere(viewer);
  const attachment =
    readable &&
    (await db.attachment.findFirst({
      where: { AND: [{ id, deletedAt: null }, readable] },
      select: { id: true, fileName: true, contentType: true, storageKey: true, sha256: true, ...OWNER_COLUMNS },
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
  const { reportId, noticeId, closeoutId, fileName, sha256 } = attachment;
  const owner = Object.fromEntries(
    Object.entries({ reportId, noticeId, closeoutId }).filter(([, ownerId]) => ownerId !== null),
  );
  await recordAudit(db, {
    actor: auditActorOf(viewer),
    action: "attachment.download",
    result: "SUCCESS",
    objectType: "Attachment",
    objectId: id,
    detail: JSON.stringify({ ...owner, fileName, sha256 }),
    context,
  });
  return { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, bytes };
}
