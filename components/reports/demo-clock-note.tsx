import { isDemoMode } from "@/lib/env";
import { portalNow } from "@/lib/time/clock";
import { formatDateTime } from "@/lib/time/format";

/** In demo mode the month and overdue flags follow the demo clock, not today's date: say so. */
export function DemoClockNote() {
  if (!isDemoMode()) return null;
  return (
    <p
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-1 text-sm text-amber-800"
      data-testid="demo-clock"
    >
      演示时钟:{formatDateTime(portalNow())}(演示模式下本月、逾期和各项记录时间均按此时钟,它随真实时间走)
    </p>
  );
}
