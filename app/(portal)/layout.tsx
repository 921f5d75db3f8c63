import { RenderedHeader } from "@/components/layout/header-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { loadHeaderData } from "@/lib/header/load-header-data";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Not the guard: each page asks requireViewer(right) itself, which sends an account with a pending
  // obligation to its page and audits that once (a client-side navigation skips this layout anyway).
  const viewer = await requireViewer("session.read");
  return (
    <RenderedHeader header={await loadHeaderData(viewer)}>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </RenderedHeader>
  );
}
