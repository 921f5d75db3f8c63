// The page door: every page asks requireViewer(right) (or requireViewer() for pages every
// signed-in person may see); the layouts' redirects are a convenience, not the guard, since a
// client-side navigation renders a page without its layout.
import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getRequestContext } from "@/lib/audit/request-context";
import { getPrisma } from "@/lib/db";
import { portalEnv } from "@/lib/env";
import type { Right } from "@/lib/policy";
import type { DeniedResource } from "./denied";
import { guard, OBLIGATION_PAGES } from "./guard";
import { loadViewer } from "./load-viewer";
import { recordRefusal } from "./record-refusal";
import { SESSION_COOKIES, sessionIdOf } from "./session-cookie";
import { readAuthSettings } from "./settings";
import type { Viewer } from "./viewer-type";

/**
 * The signed-in person, read from the database on every request; null when not signed in. Of the
 * token only the session id is used: whatever else a token claims is ignored.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  const secret = portalEnv().AUTH_SECRET;
  if (!raw || !secret) return null;
  const session = await sessionIdOf(raw, secret);
  return session && loadViewer(getPrisma(), session.sessionId, readAuthSettings(), await getRequestContext());
});

/**
 * For pages: the viewer if the guard lets them hold the right (on the resource's unit, if given).
 * Signed out → the sign-in page; a pending obligation → its page; a missing right → "not found",
 * the same as for something that does not exist. Refusals are audited once.
 */
export async function requireViewer(right: Right, resource?: DeniedResource & { unitId?: number }): Promise<Viewer> {
  const viewer = await getViewer();
  const decision = guard(viewer, right, resource?.unitId);
  if (decision.ok && viewer) return viewer;
  if (!viewer || decision.ok || decision.refusal === "signedOut") redirect("/login");
  await recordRefusal(viewer, right, decision.refusal, await getRequestContext(), resource);
  const obligationPage = OBLIGATION_PAGES[decision.refusal];
  if (obligationPage) redirect(obligationPage);
  notFound();
}

/** Records the refused access and answers 404, as for something that does not exist. */
export async function denyAsNotFound(viewer: Viewer, right: Right, resource?: DeniedResource): Promise<never> {
  await recordRefusal(viewer, right, "forbidden", await getRequestContext(), resource);
  notFound();
}
