import Link from "next/link";
import { auditQueryString, type AuditCursor, type AuditFilters } from "@/lib/audit/schemas";

const link = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50";

export function AuditPager({
  filters,
  cursor,
  newer,
  older,
}: {
  filters: AuditFilters;
  cursor: AuditCursor | null;
  newer: AuditCursor | null;
  older: AuditCursor | null;
}) {
  if (!cursor && !newer && !older) return null;
  return (
    <nav aria-label="翻页" className="flex flex-wrap gap-2 text-sm">
      {cursor && (
        <Link href={`/audit${auditQueryString(filters)}`} className={link}>
          最新一页
        </Link>
      )}
      {newer && (
        <Link href={`/audit${auditQueryString(filters, newer)}`} className={link}>
          ← 较新记录
        </Link>
      )}
      {older && (
        <Link href={`/audit${auditQueryString(filters, older)}`} className={link}>
          较早记录 →
        </Link>
      )}
    </nav>
  );
}
