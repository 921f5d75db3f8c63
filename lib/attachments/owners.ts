// The registry of attachment owners. A new kind of owner adds its column to Attachment (and to the
// migration's one-owner CHECK), its kind to OWNER_KINDS, and its rules here.
import "server-only";
import { closeoutOwnerRules } from "@/lib/closeouts/closeout-attachments";
import { noticeOwnerRules } from "@/lib/supervision/notice-attachments";
import type { OwnerKind, OwnerRules } from "./owner-rules";
import { reportOwnerRules } from "./report-owner";

export const OWNER_RULES: Record<OwnerKind, OwnerRules> = {
  report: reportOwnerRules,
  notice: noticeOwnerRules,
  closeout: closeoutOwnerRules,
};

/** Attachments the viewer may read, whatever owns them; null when none. */
export function readableAttachmentsWhere(viewer: Parameters<OwnerRules["readableWhere"]>[0]) {
  const readable = Object.values(OWNER_RULES)
    .map((rules) => rules.readableWhere(viewer))
    .filter((where) => where !== null);
  return readable.length > 0 ? { OR: readable } : null;
}
