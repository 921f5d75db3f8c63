// An evidence file is accepted only when its name, its declared type and its content agree: a
// renamed HTML page or script never reaches storage, and what is stored is served with the
// type its content proved.
import { fileTypeFromBuffer } from "file-type";
import { UserError } from "@/lib/errors";
import { ALLOWED_TYPES_TEXT, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentKind } from "./types";

// file-type's extension for each kind we accept (it names JPEG "jpg").
const DETECTED: Record<string, AttachmentKind> = { pdf: "pdf", jpg: "jpeg", png: "png", docx: "docx", xlsx: "xlsx" };
const MIME_ALIASES: Record<string, AttachmentKind> = { "image/jpg": "jpeg", "image/pjpeg": "jpeg" };
const MAX_NAME_LENGTH = 120;

export type AttachmentInput = { fileName: string; contentType: string; bytes: Uint8Array };
export type ValidAttachment = { fileName: string; contentType: string; kind: AttachmentKind };

/** The name as shown to people: no folder part (some browsers send one), no control characters, not too long. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const name = base
    .replace(/\p{Cc}|\p{Cf}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** Checked before the bytes are read, so an oversized upload is refused without holding it. */
export function checkAttachmentSize(fileName: string, size: number): void {
  if (size <= 0) throw new UserError(`文件“${fileName}”是空文件,请重新选择。`);
  if (size > MAX_ATTACHMENT_BYTES) throw new UserError(`文件“${fileName}”超过 20 MB,请压缩或拆分后再上传。`);
}

function kindOfExtension(fileName: string): AttachmentKind | null {
  const extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const entry = Object.entries(ATTACHMENT_TYPES).find(([, type]) => type.extensions.includes(extension));
  return entry ? (entry[0] as AttachmentKind) : null;
}

function kindOfMime(contentType: string): AttachmentKind | null {
  const mime = contentType.split(";")[0].trim().toLowerCase();
  const entry = Object.entries(ATTACHMENT_TYPES).find(([, type]) => type.mime === mime);
  return entry ? (entry[0] as AttachmentKind) : (MIME_ALIASES[mime] ?? null);
}

export async function validateAttachment(input: AttachmentInput): Promise<ValidAttachment> {
  const fileName = cleanFileName(input.fileName);
  if (!fileName) throw new UserError("文件名不能为空。");
  checkAttachmentSize(fileName, input.bytes.byteLength);
  const kind = kindOfExtension(fileName);
  if (!kind) throw new UserError(`文件“${fileName}”的类型不受支持,只能上传 ${ALLOWED_TYPES_TEXT} 文件。`);
  const label = ATTACHMENT_TYPES[kind].label;
  if (kindOfMime(input.contentType) !== kind)
    throw new UserError(`文件“${fileName}”的声明类型(${input.contentType || "未知"})与扩展名不符,应为 ${label} 文件。`);
  const detected = await fileTypeFromBuffer(input.bytes);
  if (!detected || DETECTED[detected.ext] !== kind)
    throw new UserError(`文件“${fileName}”的内容不是 ${label} 文件,与扩展名不符,请检查后重新上传。`);
  return { fileName, contentType: ATTACHMENT_TYPES[kind].mime, kind };
}
