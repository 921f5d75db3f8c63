import { jsonError } from "@/lib/api/api-route";
import { postRoute } from "@/lib/attachments/post-route";
import { BodyTooLargeError, readUploadForm } from "@/lib/attachments/read-upload";
import { addAttachment } from "@/lib/attachments/service";
import { checkAttachmentSize } from "@/lib/attachments/validate";
import { getPrisma } from "@/lib/db";
import { parseIdParam } from "@/lib/validation/id";

// POST /api/v1/attachments, multipart: reportId and file. Answers 201 with the new attachment.
export const POST = postRoute("report.file", async (viewer, request, context) => {
  let form: FormData;
  try {
    form = await readUploadForm(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, error.message);
    throw error;
  }
  const reportField = form.get("reportId");
  const reportId = parseIdParam(typeof reportField === "string" ? reportField : null);
  const file = form.get("file");
  if (reportId === null) return jsonError(404, "报告不存在。");
  if (!(file instanceof File)) return jsonError(400, "请选择要上传的文件。");
  checkAttachmentSize(file.name, file.size);
  const created = await addAttachment(getPrisma(), viewer, context, {
    reportId,
    fileName: file.name,
    contentType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return Response.json(
    {
      attachment: { id: created.id, fileName: created.fileName, contentType: created.contentType, size: created.size },
    },
    { status: 201 },
  );
});
