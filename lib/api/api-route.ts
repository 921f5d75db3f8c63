// The /api/v1 door. Every route: the caller (API token or session) → the guard → handler. Errors
// are application/problem+json with a Chinese detail: 401 signed out or a bad token, 403 a pending
// obligation (change the password, enrol the second factor), 404 a missing right or a resource out
// of scope (the same as one that does not exist), 500 with the request id. Refusals are audited once.
import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/audit/record-audit";
import { getApiViewer } from "@/lib/auth/api-viewer";
import { AccessDenied } from "@/lib/auth/denied";
import { guard, type Refusal, REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { Viewer } from "@/lib/auth/viewer-type";
import { problemResponse } from "@/lib/http/problem";
import type { Right } from "@/lib/policy";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";

/** An error answer of any /api route, in the one shape. */
export const jsonError = (status: number, detail: string) => problemResponse(status, detail);

export function requestContextOf(request: Request): RequestContext {
  return {
    clientAddress: request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown",
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? randomUUID(),
  };
}

const REFUSAL_STATUS: Record<Refusal, number> = {
  signedOut: 401,
  mustChangePassword: 403,
  mustEnrolTotp: 403,
  forbidden: 404,
};

const SIGNED_OUT_DETAIL = "未登录、登录已失效或令牌无效。";

/** The answer to a caller without a live session or token. */
export const signedOutResponse = () => jsonError(401, SIGNED_OUT_DETAIL);

/** The viewer if the guard admits them, else the answer (audited unless signed out). */
export async function admitAtDoor(
  viewer: Viewer | null,
  right: Right,
  context: RequestContext,
): Promise<{ viewer: Viewer } | { refusal: Response }> {
  const decision = guard(viewer, right);
  if (decision.ok && viewer) return { viewer };
  if (!viewer || decision.ok || decision.refusal === "signedOut") return { refusal: signedOutResponse() };
  await recordRefusal(viewer, right, decision.refusal, context);
  return { refusal: jsonError(REFUSAL_STATUS[decision.refusal], REFUSAL_MESSAGES[decision.refusal]) };
}

/** What the door answers for an error the handler threw. */
export async function answerError(error: unknown, viewer: Viewer | null, context: RequestContext) {
  if (error instanceof AccessDenied && viewer) {
    await recordRefusal(viewer, error.right, "forbidden", context, error.resource);
    return jsonError(404, error.message);
  }
  console.error(`[api ${context.requestId}]`, error);
  return problemResponse(500, "系统出错,请联系管理员并提供请求编号。", { requestId: context.requestId });
}

export function apiRoute<Params>(
  right: Right,
  handler: (viewer: Viewer, params: Params, request: Request) => Promise<Response>,
) {
  return async (request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    const context = requestContextOf(request);
    let viewer: Viewer | null = null;
    try {
      viewer = await getApiViewer(request);
      const admitted = await admitAtDoor(viewer, right, context);
      if ("refusal" in admitted) return admitted.refusal;
      const response = await handler(admitted.viewer, await params, request);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      return answerError(error, viewer, context);
    }
  };
}
