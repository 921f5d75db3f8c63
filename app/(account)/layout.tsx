import { RenderedHeader } from "@/components/layout/header-shell";
import { headerDataOf } from "@/lib/auth/header-data";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";

// Account pages stay reachable while a password change or second-factor enrolment is pending.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("session.read");
  // The notification centre is a portal page: not offered until the pending obligation is met.
  const unreadCount = viewer.mustChangePassword || viewer.mustEnrolTotp ? null : await countUnread(getPrisma(), viewer);
  return (
    <RenderedHeader header={headerDataOf(viewer, unreadCount)}>
      <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6">{children}</main>
    </RenderedHeader>
  );
}
