import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer-type";
import { listCloseoutSubjects } from "@/lib/closeouts/subjects";
import { can } from "@/lib/policy";

/** 申请办结 for the viewer's own unit, only where it may apply now (responsible, target reached, nothing live). */
export async function ApplyCloseoutLink({
  viewer,
  year,
  pointId,
  indicatorId,
}: {
  viewer: Viewer;
  year: number;
  pointId: number;
  indicatorId: number | null;
}) {
  if (!can(viewer, "closeout.apply")) return null;
  const subjects = await listCloseoutSubjects(viewer, { id: viewer.unitId, kind: viewer.unitKind }, year);
  const subject = subjects.find((item) => item.pointId === pointId && item.indicatorId === indicatorId);
  if (!subject?.canApply) return null;
  return (
    <Link
      href={`/closeouts/new?point=${pointId}${indicatorId ? `&indicator=${indicatorId}` : ""}`}
      className="inline-block rounded-md border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 print:hidden"
    >
      申请办结{indicatorId ? "" : "(整条要点)"}
    </Link>
  );
}
