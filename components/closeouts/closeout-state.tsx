import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { STATE_LABELS } from "@/lib/closeouts/steps";
import { formatDate } from "@/lib/time/format";

const STATE_CLASSES: Record<CloseoutState, string> = {
  APPLIED: "bg-amber-50 text-amber-800",
  VERIFIED: "bg-sky-50 text-sky-800",
  CLOSED: "bg-green-50 text-green-800",
  RETURNED: "bg-red-50 text-red-800",
  REOPENED: "bg-slate-100 text-slate-700",
};

/** 已办结 with its date, or the application's state. */
export function CloseoutStateBadge({ state, closedAt }: { state: CloseoutState; closedAt?: Date | null }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATE_CLASSES[state]}`}>
      {STATE_LABELS[state]}
      {state === "CLOSED" && closedAt ? ` · ${formatDate(closedAt)}` : ""}
    </span>
  );
}
