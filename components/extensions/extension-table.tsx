import { EXTENSION_STATE_LABELS } from "@/lib/extensions/labels";
import type { ExtensionRow } from "@/lib/extensions/queries";
import { dayOfDateColumn } from "@/lib/time/days";
import { dueDayOf } from "@/lib/time/due";
import { formatDateTime, formatDay, formatPeriod } from "@/lib/time/format";
import { DecideExtension } from "./decide-extension";
import { CELL as cell, DataTable } from "@/components/ui/data-table";

const STATE_CLASSES = { PENDING: "text-amber-700", GRANTED: "text-green-700", REFUSED: "text-red-700" } as const;

/** Requests as a table; with `deciding`, each row carries the supervisor's 批准/不批准. */
export function ExtensionTable({
  rows,
  showUnit,
  deciding = false,
}: {
  rows: ExtensionRow[];
  showUnit: boolean;
  deciding?: boolean;
}) {
  return (
    <DataTable
      columns={[
        showUnit && { label: "单位" },
        { label: "月份" },
        { label: "申请延至" },
        { label: "理由" },
        { label: "申请时间" },
        { label: deciding ? "审批" : "状态" },
      ]}
      bodyClassName="align-top"
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="extension-row">
          {showUnit && <td className={`${cell} font-medium`}>{row.unit.name}</td>}
          <td className={cell}>{formatPeriod(row.period)}</td>
          <td className={`${cell} whitespace-nowrap`}>
            {formatDay(dayOfDateColumn(row.requestedDue))}
            <span className="block text-xs text-slate-500">原定 {formatDay(dueDayOf(row.period))}</span>
          </td>
          <td className={`${cell} whitespace-pre-wrap break-words`}>{row.reason}</td>
          <td className={`${cell} whitespace-nowrap text-slate-600`}>{formatDateTime(row.createdAt)}</td>
          <td className={`${cell} min-w-48`}>
            {deciding && row.state === "PENDING" ? (
              <DecideExtension id={row.id} unitName={row.unit.name} />
            ) : (
              <>
                <span className={STATE_CLASSES[row.state]}>{EXTENSION_STATE_LABELS[row.state]}</span>
                {row.decidedAt && <span className="block text-xs text-slate-500">{formatDateTime(row.decidedAt)}</span>}
                {row.decisionNote && (
                  <span className="block whitespace-pre-wrap break-words text-xs text-slate-700">
                    意见:{row.decisionNote}
                  </span>
                )}
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
