import { apiRoute } from "@/lib/api/api-route";
import { headerDataOf } from "@/lib/auth/header-data";
import { getPrisma } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";

// The header of a pre-rendered page (the dashboard): who is signed in, their navigation and unread count.
export const GET = apiRoute("session.read", async (viewer) => {
  const pending = viewer.mustChangePassword || viewer.mustEnrolTotp;
  return Response.json(headerDataOf(viewer, pending ? null : await countUnread(getPrisma(), viewer)));
});
