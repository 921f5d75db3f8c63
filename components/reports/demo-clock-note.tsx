import { portalNow, TIME_ZONE } from "@/lib/reports/periods";
import { formatInTimeZone } from "./format-day";

/** In demo mode the month and overdue flags follow the demo clock, not today's date: say so. */
export function DemoClockNote() {
  if (process.env.PORTAL_MODE !== "demo") return null;
  return (
    <p
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-1 text-sm text-amber-800"
      data-testid="demo-clock"
    >
      演示时钟:{formatInTimeZone(portalNow(), TIME_ZONE)}(演示模式下本月与逾期按此日期计算)
    </p>
  );
}
