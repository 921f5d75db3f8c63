// The portal's HTTP server: every request is screened (request-screen.ts) and given HSTS when it
// came over HTTPS (transport-security.ts) before the portal's handler sees it; what Node's parser
// refuses on its own (an unknown method such as TRACK, oversized headers) and CONNECT tunnels are
// answered in the same problem+json, instead of Node's bare 400 or a dropped connection.
import { createServer, type RequestListener, type Server } from "node:http";
import { portalEnv } from "@/lib/env";
import { HSTS_HEADER } from "@/lib/security-headers";
import { ACTION_BODY_LIMIT } from "./limits";
import { methodRefusal, screenRequest, type ScreenSettings } from "./request-screen";
import { ALLOWED_METHODS, sendProblemToSocket } from "./send-problem";
import { cameOverHttps } from "./transport-security";

/** The public address (NEXTAUTH_URL) decides HSTS for every request when it is https. */
export function createScreenedServer(
  trustedProxies: ReadonlySet<string>,
  handler: RequestListener,
  publicAddress: string | undefined = portalEnv().NEXTAUTH_URL,
): Server {
  const settings: ScreenSettings = {
    publicUrl: publicAddress ? new URL(publicAddress) : null,
    trustedProxies,
    bodyLimit: ACTION_BODY_LIMIT,
  };
  const server = createServer((request, response) => {
    if (cameOverHttps(request, settings.publicUrl, settings.trustedProxies))
      response.setHeader(HSTS_HEADER.key, HSTS_HEADER.value);
    screenRequest(request, response, settings).then(
      (screened) => screened && handler(screened, response),
      (error: unknown) => {
        console.error("[request screen]", error);
        if (!response.headersSent) response.writeHead(500).end();
      },
    );
  });
  server.on("connect", (request, socket) =>
    sendProblemToSocket(socket, 405, methodRefusal(request.method ?? "CONNECT"), { Allow: ALLOWED_METHODS }),
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ECONNRESET") return void socket.destroy();
    if (error.code === "HPE_INVALID_METHOD")
      return sendProblemToSocket(socket, 405, "本平台不接受这种请求方法。", { Allow: ALLOWED_METHODS });
    if (error.code === "HPE_HEADER_OVERFLOW")
      return sendProblemToSocket(socket, 431, "请求头过大,请清除本站的 Cookie 后重试。");
    if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return sendProblemToSocket(socket, 408, "请求超时,请重试。");
    sendProblemToSocket(socket, 400, "请求格式有误,无法处理。");
  });
  return server;
}
