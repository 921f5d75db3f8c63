import "server-only";
import { getPrisma } from "@/lib/db";
import { hashApiToken } from "./api-token-hash";
import { obligationsOf } from "./obligations";
import { readAuthSettings } from "./settings";
import type { Viewer } from "./viewer-type";
import { getViewer } from "./viewer";
import { viewerOfUser } from "./viewer-of-user";

/**
 * The caller of /api/v1: a read-only API token (Authorization: Bearer …) acting as its user, with
 * that user's role and unit as they are now; or the signed-in session.
 */
export async function getApiViewer(request: Request): Promise<Viewer | null> {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!bearer) return getViewer();
  const db = getPrisma();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(bearer) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { include: { unit: true } } },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  // A token acts as its user, pending obligations included: an account that must first change its
  // password or enrol its second factor is refused at the API's door too (403).
  return viewerOfUser(token.user, { sessionId: null, ...obligationsOf(token.user, readAuthSettings(), new Date()) });
}
