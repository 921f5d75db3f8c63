"use server";

import { getRequestContext } from "@/lib/audit/request-context";
import { getPrisma } from "@/lib/db";
import { signOutSession } from "./sign-out";
import { getViewer } from "./viewer";

/** Signing out needs no right: anyone signed in may leave, whatever obligation is pending. */
export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer?.sessionId) await signOutSession(getPrisma(), viewer.sessionId, await getRequestContext());
}
