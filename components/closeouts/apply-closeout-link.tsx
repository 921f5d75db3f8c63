import Link from "next/link";

/** 申请办结, shown only where the viewer's unit may apply now (lib/closeouts/subjects.ts mayApplyFor). */
export function ApplyCloseoutLink({ pointId, indicatorId }: { pointId: number; indicatorId: number | null }) {
  return (
    <Link
      href={`/closeouts/new?point=${pointId}${indicatorId ? `&indicator=${indicatorId}` : ""}`}
      className="inline-block rounded-md border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 print:hidden"
    >
      申请办结{indicatorId ? "" : "(整条要点)"}
    </Link>
  );
}
