// Every server action is a public endpoint: each one goes through here.
// Order: signed-in viewer (from the database) → the guard (obligations, then the right) → zod
// parse → handler → typed result. A refusal, at the door or inside the handler (AccessDenied), is
// audited once under the right asked for. Expected failures (UserError) reach the person as
// written; anything else is logged with a request id and shown generically.
import "server-only";
import type { z } from "zod";
import { getRequestContext } from "@/lib/audit/request-context";
import { AccessDenied } from "@/lib/auth/denied";
import { guard, REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { recordRefusal } from "@/lib/auth/record-refusal";
import { getViewer } from "@/lib/auth/viewer";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import type { Right } from "@/lib/policy";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { ActionResult } from "./action-result";

export type ActionContext = { viewer: Viewer; clientAddress: string; requestId: string };

/** The right an action asks for: one, or one chosen from the raw input (e.g. the workflow step). */
export type ActionRight = Right | ((input: unknown, viewer: Viewer) => Right);

export function defineAction<Schema extends z.ZodType, T>(
  right: ActionRight,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    let viewer: Viewer | null;
    try {
      viewer = await getViewer();
    } catch (error) {
      // The session is read from the database: with the database gone the person is told so.
      if (isDatabaseUnavailable(error)) return { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE };
      throw error;
    }
    if (!viewer) return { ok: false, message: REFUSAL_MESSAGES.signedOut };
    const context = await getRequestContext();
    const asked = typeof right === "function" ? right(input, viewer) : right;
    const decision = guard(viewer, asked);
    if (!decision.ok) {
      if (decision.refusal !== "signedOut") await recordRefusal(viewer, asked, decision.refusal, context);
      return { ok: false, message: REFUSAL_MESSAGES[decision.refusal] };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error.issues);
      return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { viewer, ...context }) };
    } catch (error) {
      if (error instanceof AccessDenied) {
        await recordRefusal(viewer, error.right, "forbidden", context, error.resource);
        return { ok: false, message: error.message };
      }
      if (error instanceof UserError)
        return error.field
          ? { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] } }
          : { ok: false, message: error.message };
      console.error(`[action ${context.requestId}]`, error);
      if (isDatabaseUnavailable(error)) return { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE };
      return { ok: false, message: `系统出错,操作未完成。请联系管理员并提供编号 ${context.requestId}` };
    }
  };
}
