// The evidence files a report may carry. Pure data, safe to import in the browser (the upload input).

/** What an attachment belongs to: a report, a 督查单's 整改反馈, or an application for 办结销号. */
export const OWNER_KINDS = ["report", "notice", "closeout"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
export type AttachmentOwner = { kind: OwnerKind; id: number };

export type AttachmentKind = "pdf" | "jpeg" | "png" | "docx" | "xlsx";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const ATTACHMENT_TYPES: Record<AttachmentKind, { label: string; mime: string; extensions: string[] }> = {
  pdf: { label: "PDF", mime: "application/pdf", extensions: ["pdf"] },
  jpeg: { label: "JPEG", mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { label: "PNG", mime: "image/png", extensions: ["png"] },
  docx: {
    label: "DOCX",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  xlsx: {
    label: "XLSX",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
};

/** For <input type="file" accept>: the five types by extension and by MIME type. */
export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_TYPES)
  .flatMap((type) => [...type.extensions.map((extension) => `.${extension}`), type.mime])
  .join(",");

export const ALLOWED_TYPES_TEXT = Object.values(ATTACHMENT_TYPES)
  .map((type) => type.label)
  .join("、");

/** 1.2 MB, 35 KB, 512 字节 */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
