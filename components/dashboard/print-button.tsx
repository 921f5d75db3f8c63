"use client";

/** The browser's print dialog; the print stylesheet in app/globals.css lays the page out on A4. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50"
    >
      打印
    </button>
  );
}
