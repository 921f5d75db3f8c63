// The /api/v1 door for writes with a JSON body, the HTTP counterpart of defineAction: the portal's
// own origin → a signed-in session (never an API token: tokens are read-only) → the body, read
// with a cap → the guard (the right may depend on the body, e.g. the workflow step) → zod →
// handler. Answers are application/problem+json: 403 another origin, 401 signed out, 415 not
// JSON, 413 too large, 400 not JSON at all, 422 input refused (field messages under `errors`).
import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { AccessDenied } from "@/lib/auth/denied";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { isSameOrigin } from "@/lib/http/same-origin";
import { BodyTooLargeError, readBoundedBody } from "@/lib/http/read-bounded-body";
import type { Right } from "@/lib/policy";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { admitAtDoor, answerError, jsonError, requestContextOf, signedOutResponse } from "./api-route";

const MAX_JSON_BYTES = 256 * 1024;

export type BodyRight = Right | ((body: unknown, viewer: Viewer) => Right);

async function readJson(request: Request): Promise<{ body: unknown } | { refusal: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { refusal: jsonError(415, "请以 application/json 提交。") };
  const bytes = await readBoundedBody(request, MAX_JSON_BYTES, "请求内容超过 256 KB。");
  try {
    return { body: JSON.parse(Buffer.from(bytes).toString("utf8")) };
  } catch {
    return { refusal: jsonError(400, "请求内容不是有效的 JSON。") };
  }
}

export function jsonPostRoute<Schema extends z.ZodType, Params>(
  right: BodyRight,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: ActionContext, params: Params) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<Params> }): Promise<Response> => {
    const context = requestContextOf(request);
    let viewer: Viewer | null = null;
    try {
      if (!isSameOrigin(request)) return jsonError(403, "请求来源不被允许。");
      viewer = await getViewer();
      if (!viewer) return signedOutResponse();
      const read = await readJson(request);
      if ("refusal" in read) return read.refusal;
      const asked = typeof right === "function" ? right(read.body, viewer) : right;
      const admitted = await admitAtDoor(viewer, asked, context);
      if ("refusal" in admitted) return admitted.refusal;
      const parsed = schema.safeParse(read.body);
      if (!parsed.success) {
        const detail = parsed.error.issues[0]?.message ?? "输入有误";
        return problemResponse(422, detail, { errors: fieldErrorsOf(parsed.error.issues) });
      }
      const response = await handler(parsed.data, { viewer, ...context }, await route.params);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof BodyTooLargeError) return jsonError(413, error.message);
      if (error instanceof UserError && !(error instanceof AccessDenied))
        return problemResponse(422, error.message, error.field ? { errors: { [error.field]: [error.message] } } : {});
      return answerError(error, viewer, context);
    }
  };
}
