// Reads a request body into memory up to a limit, and stops reading at the limit: the rest is
// discarded as it arrives (never buffered) so the client still receives the answer.
import type { IncomingMessage } from "node:http";

export type ReadBody = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

export function readBodyUpTo(request: IncomingMessage, limit: number): Promise<ReadBody> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve({ ok: false, reason: "too-large" });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      request.off("data", onData);
      chunks.length = 0;
      request.resume();
      resolve({ ok: false, reason: "too-large" });
    };
    request.on("data", onData);
    request.once("end", () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    request.once("error", () => resolve({ ok: false, reason: "aborted" }));
    request.once("aborted", () => resolve({ ok: false, reason: "aborted" }));
  });
}
