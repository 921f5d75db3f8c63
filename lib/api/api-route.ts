import { getApiViewer } from "@/lib/auth/api-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { can, type Action } from "@/lib/policy";
import { REQUEST_ID_HEADER } from "@/lib/request-headers";

const NO_STORE = { "Cache-Control": "no-store" };

export const jsonError = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

/**
 * Every /api/v1 route: an unauthenticated call gets a JSON 401 (never a redirect), a caller the
 * policy does not allow gets 404, and an unexpected failure a generic message with the request id.
 */
export function apiRoute<Params>(
  action: Action,
  handler: (viewer: Viewer, params: Params, request: Request) => Promise<Response>,
) {
  return async (request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    try {
      const viewer = await getApiViewer(request);
      if (!viewer) return jsonError(401, "未登录或令牌无效");
      if (!can(viewer, action)) return jsonError(404, "未找到");
      const response = await handler(viewer, await params, request);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      const requestId = request.headers.get(REQUEST_ID_HEADER) ?? "unknown";
      console.error(`[api ${requestId}]`, error);
      return Response.json({ error: "系统出错,请联系管理员", requestId }, { status: 500, headers: NO_STORE });
    }
  };
}
