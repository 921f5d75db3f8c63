import type { Metadata } from "next";
import { CreateUnitForm } from "@/components/admin/create-unit-form";
import { UnitTable } from "@/components/admin/unit-table";
import { listUnitsForAdmin } from "@/lib/admin/queries";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "单位管理" };
export const dynamic = "force-dynamic";

export default async function AdminUnitsPage() {
  const viewer = await requireViewer("unit.admin");
  const units = await listUnitsForAdmin(viewer);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">单位管理</h1>
        <p className="mt-1 text-sm text-slate-600">
          单位代码是系统内的固定标识,添加后不能修改;名称和简称可以修改,名称不能与其他单位重复。
        </p>
      </div>
      <section aria-labelledby="unit-list" className="space-y-2">
        <h2 id="unit-list" className="text-lg font-medium">
          单位列表 <span className="text-sm font-normal text-slate-500">共 {units.length} 个</span>
        </h2>
        <UnitTable units={units} />
      </section>
      <section aria-labelledby="new-unit" className="space-y-2">
        <h2 id="new-unit" className="text-lg font-medium">
          添加单位
        </h2>
        <CreateUnitForm />
      </section>
    </div>
  );
}
