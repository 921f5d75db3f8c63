import { PortalHeader } from "@/components/portal-header";
import { requireViewer } from "@/lib/auth/viewer";

// Account pages stay reachable while a password change or second-factor enrolment is pending.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <>
      <PortalHeader viewer={viewer} />
      <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6">{children}</main>
    </>
  );
}
