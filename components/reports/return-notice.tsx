import type { ReportDetail } from "@/lib/reports/queries";
import { formatDateTime } from "@/lib/time/format";

type Props = { state: ReportDetail["state"]; events: ReportDetail["events"] };

/** While a report is 已退回, why it came back stands above the form: the first thing its reporter reads. */
export function ReturnNotice({ state, events }: Props) {
  if (state !== "RETURNED") return null;
  const returned = events.findLast((event) => event.action === "return" || event.action === "sendBack");
  if (!returned) return null;
  return (
    <section
      aria-labelledby="return-reason-heading"
      data-testid="return-reason"
      className="space-y-1 rounded-md border-l-4 border-red-600 bg-red-50 p-4 text-sm"
    >
      <h2 id="return-reason-heading" className="font-semibold text-red-800">
        退回原因
      </h2>
      <p className="whitespace-pre-wrap break-words text-red-900">{returned.reason || "(未说明)"}</p>
      <p className="text-red-800">
        {returned.user ? `${returned.user.displayName}(${returned.user.unit.name})` : "系统"} 于{" "}
        {formatDateTime(returned.at)} 退回。请修改后重新提交。
      </p>
    </section>
  );
}
