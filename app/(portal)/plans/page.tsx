import Link from "next/link";
import { PlanStatus } from "@/components/plans/plan-status";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { listPlanStatuses } from "@/lib/plans/publish/plan-status";
import { can } from "@/lib/policy";

export const dynamic = "force-dynamic";

export default async function PlansPage() {
  const viewer = await requireViewer("plan.read");
  const plans = await listPlanStatuses(getPrisma());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">年度工作要点</h1>
        {can(viewer, "plan.import") && (
          <Link href="/plans/import" className="text-sm text-brand-700 hover:underline">
            导入新一年的工作要点
          </Link>
        )}
      </div>
      {plans.length === 0 ? (
        <p className="text-slate-600">还没有工作要点。</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {plans.map((plan) => (
            <li key={plan.year}>
              <Link href={`/plans/${plan.year}`} className="block space-y-1 px-4 py-3 hover:bg-slate-50">
                <span className="block font-medium">{plan.title}</span>
                <PlanStatus status={plan.status} publishedAt={plan.publishedAt} firstPeriod={plan.firstPeriod} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
