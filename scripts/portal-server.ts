// The portal's HTTP server, the same for npm start, npm run demo and npm run dev: every request gets
// its client address and request id here, a pre-rendered page's own address is refused, and the
// front door routes /dashboard to the pre-rendered page before Next handles the request.
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type next from "next";
import { resolveClientAddress } from "../lib/auth/client-address";
import { portalEnv } from "../lib/env";
import { sendLargeTextAsBytes } from "../lib/http/page-bytes";
import { createScreenedServer } from "../lib/http/screened-server";
import type { FrontDoor } from "../lib/prerendered/front-door";
import { isPrerenderedAddress } from "../lib/prerendered/dashboard-address";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "../lib/request-headers";

export type NextRequestHandler = ReturnType<ReturnType<typeof next>["getRequestHandler"]>;

export function createPortalServer(handle: NextRequestHandler, frontDoor: FrontDoor): Server {
  const trustedProxies = portalEnv().TRUSTED_PROXIES;
  return createScreenedServer(trustedProxies, (request, response) => {
    // Set here for every request, overwriting whatever the client sent under these names.
    const forwardedFor = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trustedProxies,
    );
    const requestId = randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    sendLargeTextAsBytes(response);
    if (isPrerenderedAddress(request.url)) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("未找到");
      return;
    }
    frontDoor(request)
      .then((address) => {
        if (address) {
          request.url = address;
          response.setHeader("Cache-Control", "private, no-store");
        }
      })
      .catch((error: unknown) => console.error(`[front door ${requestId}]`, error))
      .finally(() => handle(request, response));
  });
}
