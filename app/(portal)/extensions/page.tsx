import type { Metadata } from "next";
import { ExtensionForm } from "@/components/extensions/extension-form";
import { ExtensionTable } from "@/components/extensions/extension-table";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { extensionPeriodOptions } from "@/lib/extensions/period-options";
import { listExtensionsToDecide, listOwnExtensions } from "@/lib/extensions/queries";
import { can } from "@/lib/policy";
import { MAX_EXTENSION_DAYS } from "@/lib/extensions/limits";
import { portalNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "延期申请" };
export const dynamic = "force-dynamic";

export default async function ExtensionsPage() {
  const viewer = await requireViewer("extension.read");
  if (can(viewer, "extension.decide")) {
    const { pending, decided } = await listExtensionsToDecide(getPrisma(), viewer);
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">延期申请</h1>
        <section className="space-y-2">
          <h2 className="font-semibold">待审批({pending.length})</h2>
          {pending.length === 0 ? (
            <p className="text-sm text-slate-600">没有待审批的延期申请。</p>
          ) : (
            <ExtensionTable rows={pending} showUnit deciding />
          )}
        </section>
        <section className="space-y-2">
          <h2 className="font-semibold">最近审批</h2>
          {decided.length === 0 ? (
            <p className="text-sm text-slate-600">暂无。</p>
          ) : (
            <ExtensionTable rows={decided} showUnit />
          )}
        </section>
      </div>
    );
  }
  const own = await listOwnExtensions(getPrisma(), viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">延期申请 · {viewer.unitName}</h1>
      <p className="text-sm text-slate-600">
        不能按时报送的,可申请延期:须说明理由,申请的日期须晚于原定截止日期,最多延期 {MAX_EXTENSION_DAYS}{" "}
        天。督查批准后,本单位该月的截止日期以批准的日期为准。
      </p>
      <ExtensionForm options={extensionPeriodOptions(portalNow())} />
      <section className="space-y-2">
        <h2 className="font-semibold">本单位的申请</h2>
        {own.length === 0 ? (
          <p className="text-sm text-slate-600">本单位尚未提交延期申请。</p>
        ) : (
          <ExtensionTable rows={own} showUnit={false} />
        )}
      </section>
    </div>
  );
}
