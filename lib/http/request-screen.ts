// The portal's own server looks at each request before Next does, and answers the hostile and the
// malformed itself: 405 for TRACE/TRACK/CONNECT, and for a server action (a POST Next will decode
// with React) 403 from a foreign Origin, 413 past the body limit, 400 for a body Next cannot
// decode. Each answer is problem+json in Chinese, and nothing reaches Next, so nothing changes.
// Every other request passes untouched and unread; a screened body is handed on byte for byte.
import type { IncomingMessage, ServerResponse } from "node:http";
import { actionBodyProblem } from "./action-body";
import { ACTION_BODY_LIMIT } from "./limits";
import { readBodyUpTo } from "./read-body";
import { replayRequest } from "./replay-request";
import { ALLOWED_METHODS, sendProblem } from "./send-problem";

export const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export type ScreenSettings = { publicUrl: URL | null; trustedProxies: ReadonlySet<string>; bodyLimit: number };

export const methodRefusal = (method: string) => `本平台不接受 ${method} 请求。`;
const FOREIGN_ORIGIN = "请求来自其他网站,已拒绝。请直接在本平台的页面上操作。";
const TOO_LARGE = `提交的内容超过 ${ACTION_BODY_LIMIT / 1024 / 1024} MB 的上限,未作任何更改。附件请用“上传附件”提交。`;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Hosts a same-site page may post from: this request's Host, the public address, a trusted proxy's forwarded host. */
function isForeignOrigin(request: IncomingMessage, settings: ScreenSettings): boolean {
  const origin = single(request.headers.origin);
  if (origin === undefined) return false; // not a browser: it carries no one else's cookies
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const peer = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const hosts = [
    single(request.headers.host),
    settings.publicUrl?.host,
    settings.trustedProxies.has(peer) ? single(request.headers["x-forwarded-host"]) : undefined,
  ];
  return origin === "null" || !hosts.includes(host);
}

/** The request to hand on to Next, or null when it has been answered here. */
export async function screenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  settings: ScreenSettings,
): Promise<IncomingMessage | null> {
  const method = request.method ?? "GET";
  if (REFUSED_METHODS.has(method)) {
    sendProblem(response, 405, methodRefusal(method), { Allow: ALLOWED_METHODS });
    return null;
  }
  const contentType = single(request.headers["content-type"]) ?? "";
  const isFetchAction = method === "POST" && typeof request.headers["next-action"] === "string";
  const isFormPost =
    method === "POST" && contentType.startsWith("multipart/form-data") && !request.url?.startsWith("/api/");
  if (!isFetchAction && !isFormPost) return request;
  if (isForeignOrigin(request, settings)) {
    request.resume();
    sendProblem(response, 403, FOREIGN_ORIGIN, { Connection: "close" });
    return null;
  }
  const read = await readBodyUpTo(request, settings.bodyLimit);
  if (!read.ok) {
    if (read.reason === "too-large") sendProblem(response, 413, TOO_LARGE, { Connection: "close" });
    else response.destroy();
    return null;
  }
  const problem = await actionBodyProblem(isFetchAction, contentType, read.body, settings.bodyLimit);
  if (problem) {
    sendProblem(response, 400, problem);
    return null;
  }
  return replayRequest(request, read.body);
}
