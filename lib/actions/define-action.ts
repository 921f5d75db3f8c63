// Every server action is a public endpoint: each one goes through here.
// Order: parse the input with zod → run the handler → typed result. Expected failures (UserError)
// reach the person as written; anything else is logged with a request id and shown generically.
// Accounts and roles (next issue) add the session and policy check to this one place.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { UserError } from "@/lib/errors";
import type { ActionResult } from "./action-result";

export function defineAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, message: error.message };
      const requestId = randomUUID();
      console.error(`[action ${requestId}]`, error);
      return { ok: false, message: `系统出错,操作未完成。请联系管理员并提供编号 ${requestId}` };
    }
  };
}
