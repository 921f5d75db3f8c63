import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PointEditForm } from "@/components/plans/admin/point-edit-form";
import { requireViewer } from "@/lib/auth/viewer";
import { listUnitOptions } from "@/lib/org/queries";
import { getPointPage } from "@/lib/plans/admin/point-page";
import { parsePointNo, parseYear } from "@/lib/plans/params";

type Props = { params: Promise<{ year: string; no: string }> };

export const metadata: Metadata = { title: "修改要点" };
export const dynamic = "force-dynamic";

export default async function EditPointPage({ params }: Props) {
  await requireViewer("plan.manage");
  const raw = await params;
  const year = parseYear(raw.year);
  const no = parsePointNo(raw.no);
  const point = year === null || no === null ? null : await getPointPage(year, no);
  if (!point) notFound();
  const pointHref = `/plans/${point.plan.year}/points/${point.no}`;
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="位置" className="text-sm text-slate-500">
        <Link href={pointHref} className="hover:underline">
          第{point.no}条 {point.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">修改第{point.no}条</h1>
      <PointEditForm
        point={{
          id: point.id,
          no: point.no,
          title: point.title,
          kind: point.kind,
          leadUnitCode: point.leadUnit.code,
          supportingUnitCodes: point.supportingUnits.map((s) => s.unit.code),
        }}
        units={await listUnitOptions()}
        published={point.plan.status === "PUBLISHED"}
        pointHref={pointHref}
      />
    </div>
  );
}
