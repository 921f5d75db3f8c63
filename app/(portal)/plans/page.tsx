import { requireViewer } from "@/lib/auth/viewer";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listPlans } from "@/lib/plans/queries";

export const dynamic = "force-dynamic";

export default async function PlansPage() {
  await requireViewer("plan.read");
  const plans = await listPlans();
  if (plans.length === 1) redirect(`/plans/${plans[0].year}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">年度工作要点</h1>
      {plans.length === 0 ? (
        <p className="text-slate-600">
          还没有工作要点。
          <Link href="/plans/import" className="text-brand-700 underline">
            导入一份工作要点文件
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {plans.map((plan) => (
            <li key={plan.year}>
              <Link href={`/plans/${plan.year}`} className="block px-4 py-3 hover:bg-slate-50">
                {plan.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
