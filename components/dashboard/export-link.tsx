import { PrintButton } from "./print-button";

type Props = { view: "indicator" | "county" | "department"; period: string; id?: number; code?: string };

/** The view as an Excel file (the same numbers, with units and the period in the title), and on paper. */
export function ExportLink({ view, period, id, code }: Props) {
  const query = new URLSearchParams({ view, period });
  if (id !== undefined) query.set("id", String(id));
  if (code !== undefined) query.set("code", code);
  return (
    <div className="flex items-center gap-2 print:hidden">
      <a
        href={`/api/v1/dashboard/export?${query}`}
        download
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-slate-50"
      >
        导出 Excel
      </a>
      <PrintButton />
    </div>
  );
}
