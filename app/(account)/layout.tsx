import { RenderedHeader } from "@/components/layout/header-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { loadHeaderData } from "@/lib/header/load-header-data";

// Account pages stay reachable while a password change or second-factor enrolment is pending
// (then the header has no navigation and no notification centre).
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("session.read");
  return (
    <RenderedHeader header={await loadHeaderData(viewer)}>
      <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6">{children}</main>
    </RenderedHeader>
  );
}
