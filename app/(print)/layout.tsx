// Pages laid out for paper: no header, no navigation; each page asks the guard itself.
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <main className="bg-white">{children}</main>;
}
