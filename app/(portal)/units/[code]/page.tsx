import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { denyAsNotFound, requireViewer } from "@/lib/auth/viewer";
import { formatNumber } from "@/lib/format";
import { unitExists } from "@/lib/org/queries";
import { getUnitTasks } from "@/lib/plans/unit-tasks";
import { UnitCloseouts } from "@/components/closeouts/unit-closeouts";
import { listCloseoutSubjects } from "@/lib/closeouts/subjects";
import { can } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod, periodYear } from "@/lib/time/periods";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "单位任务" };

export default async function UnitTasksPage({ params }: Props) {
  const viewer = await requireViewer("unitTasks.read");
  const { code } = await params;
  const unit = await getUnitTasks(viewer, code);
  if (!unit) {
    // Only a unit that exists but is out of the viewer's scope is a refused access worth auditing.
    if (await unitExists(code)) await denyAsNotFound(viewer, "unitTasks.read", { type: "Unit", id: code });
    notFound();
  }
  const anyDemo = unit.quotas.some((quota) => quota.isDemo);
  // The plan being filed: its items with their 已办结 state, and 申请办结 for the unit's own people.
  const year = periodYear(currentPeriod(portalNow()));
  const closeoutSubjects = can(viewer, "closeout.read", unit.id)
    ? await listCloseoutSubjects(viewer, { id: unit.id, kind: unit.kind }, year)
    : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{unit.name} · 任务</h1>
      {unit.ledPoints.length > 0 && (
        <section className="space-y-2">
          <h2 className="font-semibold">牵头的要点</h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {unit.ledPoints.map((point) => (
              <li key={`${point.plan.year}-${point.no}`}>
                <Link
                  className="block px-4 py-2 hover:bg-slate-50"
                  href={`/plans/${point.plan.year}/points/${point.no}`}
                >
                  {point.plan.year}年 第{point.no}条 {point.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-2">
        <h2 className="font-semibold">分解到本单位的指标</h2>
        {anyDemo && (
          <p className="text-sm text-amber-700">含演示数据:系统按县区规模生成的分解,并非市局正式下达的任务。</p>
        )}
        {unit.quotas.length === 0 ? (
          <p className="text-sm text-slate-600">暂无分解到本单位的指标。</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    要点
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    指标
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    本单位目标
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {unit.quotas.map((quota) => (
                  <tr
                    key={`${quota.indicator.point.plan.year}-${quota.indicator.point.no}-${quota.indicator.name}`}
                    data-testid="unit-quota"
                  >
                    <td className="px-3 py-2">
                      <Link
                        className="text-brand-700 hover:underline"
                        href={`/plans/${quota.indicator.point.plan.year}/points/${quota.indicator.point.no}`}
                      >
                        第{quota.indicator.point.no}条
                      </Link>
                    </td>
                    <td className="px-3 py-2">{quota.indicator.name}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {formatNumber(quota.target)}
                      {quota.indicator.unit}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <UnitCloseouts subjects={closeoutSubjects} year={year} />
    </div>
  );
}
