import { FetchedHeader } from "@/components/layout/header-shell";

// Pages rendered once for every viewer allowed to see them: nothing here may depend on who asks.
export default function PrerenderedLayout({ children }: { children: React.ReactNode }) {
  return (
    <FetchedHeader>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </FetchedHeader>
  );
}
