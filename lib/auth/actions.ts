"use server";

import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { getRequestContext } from "@/lib/audit/request-context";
import { endSession } from "./sessions";
import { getViewer } from "./viewer";

/** Ends the server-side session, so the cookie is worthless even if someone kept a copy. */
export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (!viewer?.sessionId) return;
  const db = getPrisma();
  await db.$transaction(async (tx) => {
    await endSession(tx, viewer.sessionId!, "sign-out");
    await recordAudit(tx, {
      actor: { userId: viewer.userId, username: viewer.username, role: viewer.role, unitCode: viewer.unitCode },
      action: "auth.sign-out",
      result: "SUCCESS",
      context: await getRequestContext(),
    });
  });
}
