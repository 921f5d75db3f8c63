import { UserError } from "@/lib/errors";

/** A request body over the door's limit: answered 413 with the door's own words. */
export class BodyTooLargeError extends UserError {}

/**
 * The body, read with a byte cap whatever Content-Length claims (or whether it is sent at all), so
 * an oversized request is cut off instead of held in memory whole.
 */
export async function readBoundedBody(request: Request, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new BodyTooLargeError(tooLarge);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
