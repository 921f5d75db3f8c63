// The registry of attachment owners. A new kind of owner adds its column to Attachment (and to the
// migration's one-owner CHECK), its kind to OWNER_KINDS, and its rules here.
import "server-only";
import type { OwnerKind, OwnerRules } from "./owner-rules";
import { noticeOwnerRules } from "@/lib/supervision/notice-attachments";
import { reportOwnerRules } from "./report-owner";

/** Until a domain plugs its rules in, nobody reads or changes evidence on that owner. */
function closedOwner(column: OwnerRules["column"], label: string, right: OwnerRules["right"]): OwnerRules {
  return {
    column,
    label,
    right,
    maxFiles: 0,
    readableWhere: () => null,
    exists: async () => false,
    readable: async () => false,
    editRefusal: async () => `${label}暂不能上传附件。`,
  };
}

export const OWNER_RULES: Record<OwnerKind, OwnerRules> = {
  report: reportOwnerRules,
  notice: noticeOwnerRules,
  closeout: closedOwner("closeoutId", "办结申请", "closeout.apply"),
};

/** Attachments the viewer may read, whatever owns them; null when none. */
export function readableAttachmentsWhere(viewer: Parameters<OwnerRules["readableWhere"]>[0]) {
  const readable = Object.values(OWNER_RULES)
    .map((rules) => rules.readableWhere(viewer))
    .filter((where) => where !== null);
  return readable.length > 0 ? { OR: readable } : null;
}
