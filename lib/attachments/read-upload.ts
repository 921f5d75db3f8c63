import { UserError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "./types";

// Room for the multipart envelope around one file and a report id.
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

export class BodyTooLargeError extends UserError {
  constructor() {
    super("文件超过 20 MB,请压缩或拆分后再上传。");
  }
}

/**
 * The multipart form, read with a byte cap whatever Content-Length claims (or whether it is sent
 * at all), so an oversized upload is cut off instead of held in memory whole.
 */
export async function readUploadForm(request: Request): Promise<FormData> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  const body = new Blob(chunks as BlobPart[]);
  try {
    return await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new UserError("上传的内容格式有误,请重新选择文件。");
  }
}
