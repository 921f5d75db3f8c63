import type { Metadata } from "next";
import { BulletinList } from "@/components/bulletins/bulletin-list";
import { CreateBulletinForm } from "@/components/bulletins/create-bulletin-form";
import { bulletinPeriodOptions } from "@/lib/bulletins/period-options";
import { listBulletins } from "@/lib/bulletins/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "通报" };
export const dynamic = "force-dynamic";

export default async function BulletinsPage() {
  const viewer = await requireViewer("bulletin.read");
  const managing = can(viewer, "bulletin.manage");
  const rows = await listBulletins(getPrisma(), viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">工作要点推进情况通报</h1>
      <p className="text-sm text-slate-700">
        市局每月根据已审核数据通报全市工作要点推进情况。印发后的通报数据定稿,不随此后的更正变化;更正在下月通报中说明。
      </p>
      {managing && <CreateBulletinForm periods={await bulletinPeriodOptions(getPrisma())} />}
      <BulletinList rows={rows} />
    </div>
  );
}
