import { jsonError } from "@/lib/api/api-route";
import { postRoute } from "@/lib/attachments/post-route";
import { BodyTooLargeError, readUploadForm } from "@/lib/attachments/read-upload";
import { getPrisma } from "@/lib/db";
import { problemResponse } from "@/lib/http/problem";
import { previewReportImport } from "@/lib/reports/excel-import";
import { MAX_TEMPLATE_BYTES } from "@/lib/reports/excel-layout";
import { savePreviewedImport } from "@/lib/reports/excel-save";
import { portalNow } from "@/lib/time/clock";

const TOO_LARGE = "文件超过 512 KB,请上传本平台下载的填报模板。";

// POST /api/v1/reports/import[?confirm=1], multipart field `file`: the unit's filled-in template.
// Without confirm it only checks (the preview); with it every point is saved as a draft, or none.
export const POST = postRoute("report.file", async (viewer, request, context) => {
  let form: FormData;
  try {
    form = await readUploadForm(request, { maxBytes: MAX_TEMPLATE_BYTES + 64 * 1024, tooLarge: TOO_LARGE });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, error.message);
    throw error;
  }
  const file = form.get("file");
  if (!(file instanceof File)) return jsonError(400, "请选择要上传的文件。");
  if (file.size > MAX_TEMPLATE_BYTES) return jsonError(413, TOO_LARGE);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const asOf = portalNow();
  const preview = await previewReportImport(getPrisma(), viewer, bytes, asOf);
  if (preview.errorCount)
    return problemResponse(422, `文件中有 ${preview.errorCount} 处错误,未保存任何内容。`, { problems: preview.errors });
  if (new URL(request.url).searchParams.get("confirm") !== "1") return Response.json(preview);
  // The versions are the ones just read: a change since is refused by saveReport's version guard.
  const expected = preview.points.map(({ pointId, version }) => ({ pointId, version }));
  return Response.json(await savePreviewedImport(getPrisma(), viewer, context, preview, expected, asOf));
});
