import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listUnitsWithTasks } from "@/lib/plans/unit-tasks";

export const metadata: Metadata = { title: "单位任务" };

export default async function UnitsPage() {
  const viewer = await requireViewer("unitTasks.read");
  const units = await listUnitsWithTasks(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">单位任务</h1>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {units.map((unit) => (
          <li key={unit.code}>
            <Link href={`/units/${unit.code}`} className="flex justify-between px-4 py-2 hover:bg-slate-50">
              <span>{unit.name}</span>
              <span className="text-sm text-slate-500">
                牵头 {unit._count.ledPoints} 条 · 分解指标 {unit._count.quotas} 项
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
