import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyCloseoutForm } from "@/components/closeouts/apply-closeout-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { formatNumber } from "@/lib/format";
import { listCloseoutSubjects } from "@/lib/closeouts/subjects";
import { parseIdParam } from "@/lib/validation/id";

export const metadata: Metadata = { title: "申请办结" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ point?: string; indicator?: string }> };

export default async function NewCloseoutPage({ searchParams }: Props) {
  const viewer = await requireViewer("closeout.apply");
  const query = await searchParams;
  const pointId = parseIdParam(query.point);
  const indicatorId = query.indicator === undefined ? null : parseIdParam(query.indicator);
  if (pointId === null || (query.indicator !== undefined && indicatorId === null)) notFound();
  const point = await getPrisma().workPoint.findFirst({
    where: { id: pointId, plan: { status: "PUBLISHED" } },
    select: { plan: { select: { year: true } } },
  });
  if (!point) notFound();
  const subjects = await listCloseoutSubjects(viewer, { id: viewer.unitId, kind: viewer.unitKind }, point.plan.year);
  const subject = subjects.find((item) => item.pointId === pointId && item.indicatorId === indicatorId);
  if (!subject) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">申请办结 · {viewer.unitName}</h1>
      <p>
        第{subject.pointNo}条 {subject.pointTitle}
        <span className="text-slate-600">{subject.indicatorName ? ` · ${subject.indicatorName}` : " · 整条要点"}</span>
      </p>
      {subject.standing && (
        <p className="text-sm text-slate-700" data-testid="closeout-standing">
          审核通过的完成数:{subject.standing.achieved === null ? "暂无" : formatNumber(subject.standing.achieved)}
          {subject.standing.unit},目标 {formatNumber(subject.standing.target)}
          {subject.standing.unit}
        </p>
      )}
      {subject.canApply ? (
        <ApplyCloseoutForm pointId={pointId} indicatorId={indicatorId} />
      ) : (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {subject.refusal ?? "现在不能申请办结。"}
        </p>
      )}
      <Link href={`/units/${viewer.unitCode}`} className="text-sm text-brand-700 hover:underline">
        返回本单位任务
      </Link>
    </div>
  );
}
