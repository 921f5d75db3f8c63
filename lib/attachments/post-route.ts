// The mutating counterpart of lib/api/api-route.ts, for POST routes the portal's own pages call.
// Only a signed-in session, never an API token (tokens are read-only), and only from the portal's
// own origin: a page elsewhere cannot make a signed-in browser upload on its behalf.
import { answerError, jsonError, admitAtDoor, requestContextOf } from "@/lib/api/api-route";
import type { RequestContext } from "@/lib/audit/record-audit";
import { AccessDenied } from "@/lib/auth/denied";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { Right } from "@/lib/policy";
import { isSameOrigin } from "@/lib/http/same-origin";
import { NotFoundError } from "./errors";

/** The right the door asks for: one, or one chosen from the request (e.g. which owner it uploads to). */
export type PostRight = Right | ((request: Request) => Right);

export function postRoute(
  right: PostRight,
  handler: (viewer: Viewer, request: Request, context: RequestContext) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    const context = requestContextOf(request);
    let viewer: Viewer | null = null;
    try {
      if (!isSameOrigin(request)) return jsonError(403, "请求来源不被允许。");
      viewer = await getViewer();
      const admitted = await admitAtDoor(viewer, typeof right === "function" ? right(request) : right, context);
      if ("refusal" in admitted) return admitted.refusal;
      const response = await handler(admitted.viewer, request, context);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof NotFoundError) return jsonError(404, error.message);
      if (error instanceof UserError && !(error instanceof AccessDenied)) return jsonError(400, error.message);
      return answerError(error, viewer, context);
    }
  };
}
