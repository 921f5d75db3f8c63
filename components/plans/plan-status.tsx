import { formatDateTime, formatPeriod } from "@/lib/time/format";

type Props = { status: "DRAFT" | "PUBLISHED"; publishedAt: Date | null; firstPeriod: string | null };

/** 草稿, or 已发布(自X月起填报) with when it was published. */
export function PlanStatus({ status, publishedAt, firstPeriod }: Props) {
  if (status === "DRAFT")
    return (
      <span data-testid="plan-status" className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-700">
        草稿
      </span>
    );
  return (
    <span data-testid="plan-status" className="text-sm">
      <span className="rounded bg-green-50 px-2 py-0.5 text-green-800">
        已发布{firstPeriod ? `(自${formatPeriod(firstPeriod)}起填报)` : ""}
      </span>
      {publishedAt && <span className="ml-2 text-slate-500">发布于 {formatDateTime(publishedAt)}</span>}
    </span>
  );
}
