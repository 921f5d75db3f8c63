// The mutating counterpart of lib/api/api-route.ts, for POST routes the portal's own pages call.
// Only a signed-in session, never an API token (tokens are read-only), and only from the portal's
// own origin: a page elsewhere cannot make a signed-in browser upload on its behalf.
import { randomUUID } from "node:crypto";
import { jsonError } from "@/lib/api/api-route";
import type { RequestContext } from "@/lib/audit/record-audit";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { UserError } from "@/lib/errors";
import { can, type Action } from "@/lib/policy";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";
import { NotFoundError } from "./errors";

export function requestContextOf(request: Request): RequestContext {
  return {
    clientAddress: request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown",
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? randomUUID(),
  };
}

/** Browsers send Origin with every POST; it must name the host the request was sent to. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0].trim() ||
    request.headers.get("host") ||
    new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function postRoute(
  action: Action,
  handler: (viewer: Viewer, request: Request, context: RequestContext) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    const context = requestContextOf(request);
    try {
      if (!isSameOrigin(request)) return jsonError(403, "请求来源不被允许。");
      const viewer = await getViewer();
      if (!viewer) return jsonError(401, "未登录或登录已失效,请重新登录。");
      if (viewer.mustChangePassword) return jsonError(403, "请先修改密码。");
      if (!can(viewer, action)) return jsonError(404, "未找到");
      const response = await handler(viewer, request, context);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof NotFoundError) return jsonError(404, error.message);
      if (error instanceof UserError) return jsonError(400, error.message);
      console.error(`[api ${context.requestId}]`, error);
      return Response.json(
        { error: "系统出错,请联系管理员", requestId: context.requestId },
        { status: 500, headers: { "Cache-Control": "no-store" } },
      );
    }
  };
}
