// Next hands a page it keeps pre-rendered (the dashboard) to response.end() as one JavaScript
// string, and Node encodes that string to UTF-8 inside the socket write on every request: for the
// dashboard's 120,000 characters of mostly Chinese text that cost more than serving the rest of
// the request (measured: 608 req/s for end(string) against 1,434 for end(Buffer.from(string)) in
// a bare Node server). The bytes of the last few large pages are kept, so a page served again is
// written as the bytes it already has; Next passes the same string object each time, which the
// Map finds by identity without reading it.
import type { ServerResponse } from "node:http";

const LARGE = 16 * 1024;
const KEPT = 32;
const encoded = new Map<string, Buffer>();

export function bytesOf(text: string): Buffer {
  let bytes = encoded.get(text);
  if (!bytes) {
    bytes = Buffer.from(text, "utf8");
    if (encoded.size >= KEPT) encoded.delete(encoded.keys().next().value as string);
    encoded.set(text, bytes);
  }
  return bytes;
}

/** Makes response.end(text) of a large page send bytes; everything else is passed through as it is. */
export function sendLargeTextAsBytes(response: ServerResponse): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    const [chunk, encoding] = args;
    const utf8 =
      encoding === undefined || typeof encoding === "function" || encoding === "utf8" || encoding === "utf-8";
    if (typeof chunk === "string" && chunk.length >= LARGE && utf8) args[0] = bytesOf(chunk);
    return end(...args);
  }) as ServerResponse["end"];
}
