"use client";

import Link from "next/link";
import { createContext, useContext, useEffect, useState } from "react";
import { listReadableReportsAction } from "@/lib/dashboard/actions";

// The dashboard is one page for every reader, the right to open a report is not: the reader's own
// answer (the report page's rule, asked once for the whole list) decides which rows become links.
// Until it arrives, and for reports the reader cannot open, a row is plain text: never a 404.
const Readable = createContext<ReadonlySet<number> | null>(null);

export function ReadableReports({ reportIds, children }: { reportIds: number[]; children: React.ReactNode }) {
  const [readable, setReadable] = useState<ReadonlySet<number> | null>(null);
  const key = reportIds.join(",");
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(",").map(Number) : [];
    if (ids.length === 0) return setReadable(new Set());
    listReadableReportsAction({ reportIds: ids })
      .then((result) => {
        if (current) setReadable(new Set(result.ok ? result.data : []));
      })
      .catch(() => current && setReadable(new Set()));
    return () => {
      current = false;
    };
  }, [key]);
  return (
    <Readable value={readable}>
      <div data-report-links={readable ? "ready" : "pending"}>{children}</div>
    </Readable>
  );
}

/** The report's state, a link to it when this reader may open it. */
export function ReportStateLink({ reportId, label }: { reportId: number | null; label: string }) {
  const readable = useContext(Readable);
  if (reportId === null || !readable?.has(reportId)) return <>{label}</>;
  return (
    <Link href={`/reports/${reportId}`} className="text-brand-700 underline">
      {label}(查看报告)
    </Link>
  );
}
