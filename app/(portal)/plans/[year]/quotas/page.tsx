import type { Metadata } from "next";
import type { QuotaGrid } from "@/lib/plans/quotas/load-grid";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanStatus } from "@/components/plans/plan-status";
import { QuotaGridForm } from "@/components/plans/quotas/quota-grid";
import { QuotaUpload } from "@/components/plans/quotas/quota-upload";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { parseYear } from "@/lib/plans/params";
import { loadQuotaGrid } from "@/lib/plans/quotas/load-grid";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ indicator?: string }> };

export const metadata: Metadata = { title: "县区任务分解" };
export const dynamic = "force-dynamic";

export default async function QuotasPage({ params, searchParams }: Props) {
  await requireViewer("plan.manage");
  const year = parseYear((await params).year);
  const { indicator } = await searchParams;
  const indicatorId = indicator === undefined ? undefined : parseIdParam(indicator);
  if (year === null || indicatorId === null) notFound();
  const grid = await loadQuotaGrid(getPrisma(), year, indicatorId);
  if (!grid || (indicatorId !== undefined && grid.rows.length === 0)) notFound();
  const one = indicatorId !== undefined ? grid.rows[0] : null;
  return (
    <div className="space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${year}`} className="hover:underline">
          {grid.plan.title}
        </Link>
        {one && (
          <>
            <span className="mx-1">/</span>
            <Link href={`/plans/${year}/quotas`} className="hover:underline">
              县区任务分解
            </Link>
          </>
        )}
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{one ? `${one.name} · 县区分解` : `${year}年县区任务分解`}</h1>
        <PlanStatus status={grid.plan.status} publishedAt={null} firstPeriod={grid.plan.firstPeriod} />
        <p className="text-sm text-slate-600">
          {grid.plan.status === "PUBLISHED"
            ? "工作要点已发布:修改分解数须填写原因,修改记录在要点页面可查。"
            : "草稿阶段可自由修改;发布前,各项分解数的合计应等于市级目标(不一致的须在发布时说明原因)。"}
        </p>
      </div>
      {grid.rows.length === 0 ? (
        <p className="text-slate-600">本年度还没有在用的指标。</p>
      ) : (
        // Keyed on the saved quotas: after an upload is saved the grid shows the new figures, not what it held.
        <QuotaGridForm key={`${indicatorId ?? "all"}|${savedQuotas(grid)}`} grid={grid} />
      )}
      {!one && <QuotaUpload year={year} published={grid.plan.status === "PUBLISHED"} />}
    </div>
  );
}

const savedQuotas = (grid: QuotaGrid) =>
  grid.rows.map((row) => `${row.id}:${Object.entries(row.quotas).join(",")}`).join(";");
