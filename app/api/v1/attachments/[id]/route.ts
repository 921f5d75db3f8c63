import { apiRoute, jsonError, requestContextOf } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/attachments/disposition";
import { openAttachment } from "@/lib/attachments/service";
import { getPrisma } from "@/lib/db";
import { parseIdParam } from "@/lib/validation/id";

// GET /api/v1/attachments/:id — the file, for those who may read its owner (a report, a 督查单, an
// application for 办结); 404 for anyone else. Every role that reads any of them holds report.read.
export const GET = apiRoute<{ id: string }>("report.read", async (viewer, { id }, request) => {
  const attachmentId = parseIdParam(id);
  const file = attachmentId && (await openAttachment(getPrisma(), viewer, requestContextOf(request), attachmentId));
  if (!file) return jsonError(404, "未找到");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName, `attachment-${file.id}`),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
