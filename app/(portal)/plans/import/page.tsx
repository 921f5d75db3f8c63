import { requireViewer } from "@/lib/auth/viewer";
import type { Metadata } from "next";
import { PlanImport } from "@/components/plans/import/plan-import";
import { listUnitOptions } from "@/lib/org/queries";
import { listPlans } from "@/lib/plans/queries";

export const metadata: Metadata = { title: "导入工作要点" };
export const dynamic = "force-dynamic";

export default async function PlanImportPage() {
  await requireViewer("plan.import");
  const [units, plans] = await Promise.all([listUnitOptions(), listPlans()]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">导入年度工作要点</h1>
        <p className="mt-1 text-sm text-slate-600">
          粘贴或上传工作要点全文,系统识别部分、要点和量化目标;逐条核对、更正后确认,保存为草稿;在计划管理中补充分解、发布后即生成督办任务。确认前不会保存任何内容。
        </p>
      </div>
      <PlanImport
        leadUnits={units.filter((unit) => unit.kind !== "COUNTY")}
        existingYears={plans.map((plan) => plan.year)}
      />
    </div>
  );
}
