import Link from "next/link";
import type { CloseoutRow } from "@/lib/closeouts/queries";
import { formatDate } from "@/lib/time/format";

/** 已办结 parts of an indicator, a point or a unit's work, with the unit and the date of 销号. */
export function ClosedNote({ rows, showPoint = false }: { rows: CloseoutRow[]; showPoint?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <section
      className="rounded-lg border border-green-200 bg-green-50 p-3 text-sm"
      aria-label="已办结"
      data-testid="closed-note"
    >
      <h2 className="font-medium text-green-900">已办结</h2>
      <ul className="mt-1 space-y-0.5 text-green-900">
        {rows.map((row) => (
          <li key={row.id}>
            <Link href={`/closeouts/${row.id}`} className="underline-offset-2 hover:underline">
              {row.unit.name}
              {showPoint && ` · 第${row.point.no}条 ${row.point.title}`}
              {row.indicator ? ` · ${row.indicator.name}` : " · 整条要点"} · 已办结
              {row.closedAt && ` ${formatDate(row.closedAt)}`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
