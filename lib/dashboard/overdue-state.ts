import type { OverdueReport } from "@/lib/dashboard/progress-types";
import { STATE_LABELS } from "@/lib/reports/workflow";

/**
 * An overdue report's state as the city may name it. One sent back by its own county head has never
 * reached the city: it is the county's business, and the city sees only that it is being corrected.
 */
export function overdueStateLabel(row: Pick<OverdueReport, "state" | "reachedCity">): string {
  if (!row.state) return "未开始";
  return row.state === "RETURNED" && !row.reachedCity ? "县区退回修改中" : STATE_LABELS[row.state];
}
