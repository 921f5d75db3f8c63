import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { listAuditActions, listAuditPage } from "@/lib/audit/queries";
import { auditQueryString, parseAuditSearchParams, type AuditSearchParams } from "@/lib/audit/schemas";
import { readAuthSettings } from "@/lib/auth/settings";
import { requireViewer } from "@/lib/auth/viewer";
import { listUnitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "审计日志" };
export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearchParams> }) {
  await requireViewer("audit.read");
  const { filters, cursor, notes } = parseAuditSearchParams(await searchParams);
  const [page, actions, units] = await Promise.all([
    listAuditPage(filters, cursor),
    listAuditActions(),
    listUnitOptions(),
  ]);
  const unitNames = new Map(units.map((unit) => [unit.code, unit.name]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">审计日志</h1>
        <a
          href={`/api/v1/audit/export${auditQueryString(filters)}`}
          className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
        >
          导出 Excel
        </a>
      </div>
      <p className="text-sm text-slate-600">
        审计日志保留不少于 {readAuthSettings().auditRetentionDays}{" "}
        天,系统不会删除审计记录。记录只可追加,每条带有前后相连的哈希,系统管理员可运行 npm run audit:verify
        校验记录是否被改动或删除。
      </p>
      <AuditFilterForm filters={filters} units={units} actions={actions} />
      {notes.length > 0 && (
        <ul role="status" className="rounded border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-800">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-600">
        符合条件的记录共 {page.total.toLocaleString("zh-CN")} 条,按时间从新到旧排列,每页 50 条。
      </p>
      <AuditTable rows={page.rows} unitName={(code) => unitNames.get(code) ?? code} />
      <AuditPager filters={filters} cursor={cursor} newer={page.newer} older={page.older} />
    </div>
  );
}
