import type { Metadata } from "next";
import { CloseoutTable } from "@/components/closeouts/closeout-table";
import { requireViewer } from "@/lib/auth/viewer";
import { listCloseouts } from "@/lib/closeouts/queries";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "办结销号" };
export const dynamic = "force-dynamic";

function Section({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: Parameters<typeof CloseoutTable>[0]["rows"];
  empty: string;
}) {
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">
        {title}({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <CloseoutTable rows={rows} caption={title} />
      )}
    </section>
  );
}

export default async function CloseoutsPage() {
  const viewer = await requireViewer("closeout.read");
  const lists = await listCloseouts(viewer);
  if (!lists) return null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">办结销号</h1>
      <p className="text-sm text-slate-600">
        责任单位完成任务后申请办结(指标须按审核通过的数据达到目标),牵头科室核验,督查销号;已办结的事项不再要求按月填报,需要时督查可重新打开。
        申请从「{can(viewer, "closeout.apply") ? "本单位任务" : "单位任务"}」页发起。
      </p>
      {can(viewer, "closeout.verify") && (
        <Section title="待核验" rows={lists.toVerify} empty="没有待本科室核验的申请。" />
      )}
      {can(viewer, "closeout.close") && <Section title="待销号" rows={lists.toClose} empty="没有待销号的申请。" />}
      {can(viewer, "closeout.apply") && <Section title="本单位的申请" rows={lists.mine} empty="本单位尚未申请办结。" />}
      {!can(viewer, "closeout.apply") && <Section title="最近的办结销号" rows={lists.recent} empty="暂无。" />}
    </div>
  );
}
