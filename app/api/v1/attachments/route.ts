import { jsonError } from "@/lib/api/api-route";
import { OWNER_KINDS, type OwnerKind } from "@/lib/attachments/owner-rules";
import { OWNER_RULES } from "@/lib/attachments/owners";
import { postRoute } from "@/lib/attachments/post-route";
import { BodyTooLargeError, readUploadForm } from "@/lib/attachments/read-upload";
import { addAttachment } from "@/lib/attachments/service";
import { checkAttachmentSize } from "@/lib/attachments/validate";
import { getPrisma } from "@/lib/db";
import { parseIdParam } from "@/lib/validation/id";

/** ?owner=notice|closeout; a report when absent (the form field is then reportId, else ownerId). */
function ownerKindOf(request: Request): OwnerKind {
  const owner = new URL(request.url).searchParams.get("owner");
  return OWNER_KINDS.find((kind) => kind === owner) ?? "report";
}

// POST /api/v1/attachments[?owner=…], multipart: reportId (or ownerId) and file. Answers 201 with the new attachment.
export const POST = postRoute(
  (request) => OWNER_RULES[ownerKindOf(request)].right,
  async (viewer, request, context) => {
    const kind = ownerKindOf(request);
    let form: FormData;
    try {
      form = await readUploadForm(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return jsonError(413, error.message);
      throw error;
    }
    const ownerField = form.get(kind === "report" ? "reportId" : "ownerId");
    const ownerId = parseIdParam(typeof ownerField === "string" ? ownerField : null);
    const file = form.get("file");
    if (ownerId === null) return jsonError(404, `${OWNER_RULES[kind].label}不存在。`);
    if (!(file instanceof File)) return jsonError(400, "请选择要上传的文件。");
    checkAttachmentSize(file.name, file.size);
    const created = await addAttachment(getPrisma(), viewer, context, {
      owner: { kind, id: ownerId },
      fileName: file.name,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(
      {
        attachment: {
          id: created.id,
          fileName: created.fileName,
          contentType: created.contentType,
          size: created.size,
        },
      },
      { status: 201 },
    );
  },
);
