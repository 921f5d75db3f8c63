import "server-only";
import { AccessDenied } from "@/lib/auth/denied";
import { denyAsNotFound } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { type BulletinView, getBulletin } from "./queries";

/** For pages: the 通报, or null; a draft asked for by someone other than the office is audited and answered 404. */
export async function readBulletinOrRefuse(viewer: Viewer, id: number): Promise<BulletinView | null> {
  try {
    return await getBulletin(getPrisma(), viewer, id);
  } catch (error) {
    if (error instanceof AccessDenied) return denyAsNotFound(viewer, error.right, error.resource);
    throw error;
  }
}
