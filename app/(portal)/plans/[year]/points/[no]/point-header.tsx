import Link from "next/link";
import type { PointPage } from "@/lib/plans/admin/point-page";
import { POINT_KIND_LABELS } from "@/lib/plans/admin/words";

/** Where the point sits, its title and who is responsible; the edit link for those who may change it. */
export function PointHeader({ point, manageHref }: { point: PointPage; manageHref?: string }) {
  const published = point.plan.status === "PUBLISHED";
  return (
    <>
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={`/plans/${point.plan.year}`} className="hover:underline">
          {point.plan.title}
        </Link>
        <span className="mx-1">/</span>
        <span>
          第{point.section.no}部分 {point.section.title}
        </span>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="text-2xl font-semibold">
            <span className="mr-2 tabular-nums text-slate-500">{point.no}.</span>
            {point.title}
          </h1>
          {manageHref && (
            <Link
              href={manageHref}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              修改要点
            </Link>
          )}
        </div>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-slate-500">牵头单位</dt>
            <dd className="font-medium">{point.leadUnit.name}</dd>
          </div>
          {point.supportingUnits.length > 0 && (
            <div className="flex gap-1">
              <dt className="text-slate-500">配合单位</dt>
              <dd>{point.supportingUnits.map((s) => s.unit.name).join("、")}</dd>
            </div>
          )}
          <div className="flex gap-1">
            <dt className="text-slate-500">类型</dt>
            <dd>{POINT_KIND_LABELS[point.kind]}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-slate-500">状态</dt>
            <dd className={published ? "text-green-700" : "text-amber-700"}>{published ? "已发布" : "草稿"}</dd>
          </div>
        </dl>
      </header>
    </>
  );
}
