import { cache } from "react";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { getRequestContext } from "@/lib/audit/request-context";
import { can, type Action } from "@/lib/policy";
import { loadViewer } from "./load-viewer";
import { SESSION_COOKIES, sessionIdOf } from "./session-cookie";
import { readAuthSettings } from "./settings";

export type Viewer = {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: "BUREAU" | "DEPARTMENT" | "COUNTY";
  sessionId: string | null;
  /** Must choose a new password (first sign-in, reset, expired) before anything else. */
  mustChangePassword: boolean;
  /** The role requires a second factor that the account has not enrolled yet. */
  mustEnrolTotp: boolean;
};

/**
 * The signed-in person, read from the database on every request; null when not signed in. Of the
 * token only the session id is used: whatever else a token claims is ignored.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw || !process.env.AUTH_SECRET) return null;
  const session = await sessionIdOf(raw, process.env.AUTH_SECRET);
  return session && loadViewer(getPrisma(), session.sessionId, readAuthSettings(), await getRequestContext());
});

/** For pages: the viewer, or the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/**
 * For pages and actions on one resource: a viewer who may not see it gets "not found", the same
 * as for a resource that does not exist, and the attempt is audited.
 */
export async function authorize(
  viewer: Viewer,
  action: Action,
  resource?: { unitId: number; type: string; id: string | number },
): Promise<void> {
  if (can(viewer, action, resource?.unitId)) return;
  await denyAsNotFound(viewer, action, resource);
}

/** Records the refused access and answers 404, as for something that does not exist. */
export async function denyAsNotFound(
  viewer: Viewer,
  action: Action,
  resource?: { type: string; id: string | number },
): Promise<never> {
  await recordAudit(getPrisma(), {
    actor: { userId: viewer.userId, username: viewer.username, role: viewer.role, unitCode: viewer.unitCode },
    action,
    result: "DENIED",
    objectType: resource?.type,
    objectId: resource?.id,
    context: await getRequestContext(),
  });
  notFound();
}
