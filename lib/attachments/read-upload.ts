import { UserError } from "@/lib/errors";
import { readBoundedBody } from "@/lib/http/read-bounded-body";
import { MAX_ATTACHMENT_BYTES } from "./types";

export { BodyTooLargeError } from "@/lib/http/read-bounded-body";

// Room for the multipart envelope around one file and a report id.
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

/** The multipart form of an upload, at most `maxBytes` (an evidence file's limit by default). */
export async function readUploadForm(
  request: Request,
  { maxBytes = MAX_BODY_BYTES, tooLarge = "文件超过 20 MB,请压缩或拆分后再上传。" } = {},
): Promise<FormData> {
  const body = await readBoundedBody(request, maxBytes, tooLarge);
  try {
    return await new Response(body as BlobPart, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new UserError("上传的内容格式有误,请重新选择文件。");
  }
}
