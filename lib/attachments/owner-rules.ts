// What an attachment can belong to, and the questions each kind of owner answers for the one
// evidence service (lib/attachments/service.ts): a report, a 督查单's 整改反馈, a 办结销号 application.
// Each owner's rules live beside its domain and are registered in ./owners.ts.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { Right } from "@/lib/policy";

export { type AttachmentOwner, OWNER_KINDS, type OwnerKind } from "./types";

export type Db = PrismaClient | Prisma.TransactionClient;

export type OwnerRules = {
  /** The Attachment column naming this owner. */
  column: "reportId" | "noticeId" | "closeoutId";
  /** "报告", "督查单", "办结申请": in messages. */
  label: string;
  /** The right the upload and removal doors ask for. */
  right: Right;
  maxFiles: number;
  /** Attachments whose owner the viewer may read, as a `where` on Attachment; null when none. */
  readableWhere(viewer: Viewer): Prisma.AttachmentWhereInput | null;
  /** Whether the owner exists at all (to tell a refusal, which is audited, from a wrong number). */
  exists(db: Db, id: number): Promise<boolean>;
  /** Whether the viewer may read the owner. */
  readable(db: Db, viewer: Viewer, id: number): Promise<boolean>;
  /**
   * Why the viewer may not add or remove evidence now, or null. With `tx`, asked inside the
   * writing transaction with the owner's row locked (FOR UPDATE), so its state cannot move
   * between the check and the write.
   */
  editRefusal(db: Db, viewer: Viewer, id: number, lock: boolean): Promise<string | null>;
};
