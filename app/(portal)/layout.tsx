import { redirect } from "next/navigation";
import { RenderedHeader } from "@/components/layout/header-shell";
import { headerDataOf } from "@/lib/auth/header-data";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // A convenience: each page asks the guard itself (a client-side navigation skips this layout).
  const viewer = await requireViewer("session.read");
  if (viewer.mustChangePassword) redirect("/account/password");
  if (viewer.mustEnrolTotp) redirect("/account/security");
  const unreadCount = await countUnread(getPrisma(), viewer);
  return (
    <RenderedHeader header={headerDataOf(viewer, unreadCount)}>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </RenderedHeader>
  );
}
