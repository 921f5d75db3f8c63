import { PortalHeader } from "@/components/portal-header";

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PortalHeader />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </>
  );
}
