// Every server action is a public endpoint: each one goes through here.
// Order: signed-in viewer (from the database) → zod parse → policy → handler → typed result.
// Expected failures (UserError) reach the person as written; anything else is logged with a
// request id and shown generically. Next.js itself refuses server actions from another origin.
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getRequestContext } from "@/lib/audit/request-context";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { can, type Action } from "@/lib/policy";
import type { ActionResult } from "./action-result";

export type ActionContext = { viewer: Viewer; clientAddress: string; requestId: string };

export function defineAction<Schema extends z.ZodType, T>(
  action: Action,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const viewer = await getViewer();
    if (!viewer) return { ok: false, message: "登录已失效,请重新登录。" };
    const { clientAddress, requestId } = await getRequestContext();
    if (!can(viewer, action) || (viewer.mustChangePassword && action !== "account.manageOwn")) {
      await recordAudit(getPrisma(), {
        actor: actorOf(viewer),
        action,
        result: "DENIED",
        context: { clientAddress, requestId },
      });
      return { ok: false, message: "您没有进行此操作的权限。" };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { viewer, clientAddress, requestId }) };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, message: error.message };
      console.error(`[action ${requestId}]`, error);
      return { ok: false, message: `系统出错,操作未完成。请联系管理员并提供编号 ${requestId}` };
    }
  };
}

export function actorOf(viewer: Viewer) {
  return { userId: viewer.userId, username: viewer.username, role: viewer.role, unitCode: viewer.unitCode };
}
