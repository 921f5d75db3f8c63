import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LedgerForm } from "@/components/dashboard/ledger-form";
import { LedgerPreview } from "@/components/dashboard/ledger-preview";
import { requireViewer } from "@/lib/auth/viewer";
import { getLedger } from "@/lib/ledger/export-ledger";
import { ledgerSearch, parseLedgerPage } from "@/lib/ledger/ledger-query";
import { lineCount } from "@/lib/ledger/ledger-rows";
import { describeLedgerFilters } from "@/lib/ledger/ledger-words";
import { formatPeriod } from "@/lib/time/format";

export const metadata: Metadata = { title: "督办台账" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The supervision office's ledger: pick the month and filters, check the lines, download the .xlsx. */
export default async function LedgerPage({ searchParams }: Props) {
  await requireViewer("dashboard.readAll");
  const { query, errors } = parseLedgerPage(await searchParams);
  const found = await getLedger(query);
  if (!found) notFound();
  const { progress, ledger } = found;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {progress.year}年督办台账 · {formatPeriod(query.period)}
      </h1>
      <Link href={`/dashboard?period=${query.period}`} className="text-sm text-brand-700 hover:underline">
        返回督办看板
      </Link>
      <p className="text-sm text-slate-600">
        每个指标、每个责任单位一行;完成值与完成率为截至本月审核通过的数据,与督办看板一致;进展情况、存在问题、下步打算取自该单位本月报至市局的报告,并注明其审核状态。
      </p>
      <LedgerForm progress={progress} query={query} errors={errors} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="ledger-count">
          筛选:{describeLedgerFilters(progress, query)} · 共 {ledger.length} 个要点、{lineCount(ledger)} 行
        </span>
        <a
          href={`/api/v1/dashboard/ledger?${ledgerSearch(query)}`}
          download
          className="rounded-md border border-brand-700 bg-brand-700 px-3 py-1 text-white hover:bg-brand-700/90"
        >
          导出台账(Excel)
        </a>
      </div>
      <LedgerPreview ledger={ledger} />
    </div>
  );
}
