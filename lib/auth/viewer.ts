import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { getRequestContext } from "@/lib/audit/request-context";
import { can, type Action } from "@/lib/policy";
import { authOptions } from "./auth-options";
import { loadViewer } from "./load-viewer";
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

/** The signed-in person, read from the database on every request; null when not signed in. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const sessionId = session?.sid;
  if (!sessionId) return null;
  return loadViewer(getPrisma(), sessionId, readAuthSettings(), await getRequestContext());
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
export async function authorize(viewer: Viewer, action: Action, resource?: { unitId: number; type: string; id: string | number }): Promise<void> {
  if (can(viewer, action, resource?.unitId)) return;
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
