import { RenderedHeader } from "@/components/layout/header-shell";
import { headerDataOf } from "@/lib/auth/header-data";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Not the guard: each page asks requireViewer(right) itself, which sends an account with a pending
  // obligation to its page and audits that once (a client-side navigation skips this layout anyway).
  const viewer = await requireViewer("session.read");
  const pending = viewer.mustChangePassword || viewer.mustEnrolTotp;
  const unreadCount = pending ? null : await countUnread(getPrisma(), viewer);
  return (
    <RenderedHeader header={headerDataOf(viewer, unreadCount)}>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </RenderedHeader>
  );
}
