import type { OverdueUnit } from "@/lib/reminders/list-overdue";
import { STATE_LABELS } from "@/lib/reports/workflow";
import { formatDateTime, formatDay } from "@/lib/time/format";
import { RemindButton } from "./remind-button";
import { DataTable } from "@/components/ui/data-table";

export function OverdueTable({
  period,
  overdue,
  reminded,
}: {
  period: string;
  overdue: OverdueUnit[];
  reminded: Map<number, Date>;
}) {
  return (
    <DataTable
      columns={[
        { label: "单位" },
        { label: "截止时间" },
        { label: "未报送事项" },
        { label: "上次催办" },
        { label: "操作", hidden: true },
      ]}
      bodyClassName="align-top"
    >
      {overdue.map((unit) => (
        <tr key={unit.unitId} data-testid="overdue-unit">
          <td className="px-3 py-2 font-medium">{unit.unitName}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            {formatDateTime(unit.due)}
            {unit.extendedTo && (
              <span className="block text-xs text-amber-700">已批准延期至{formatDay(unit.extendedTo)}</span>
            )}
          </td>
          <td className="px-3 py-2">
            <span className="text-slate-500">共 {unit.missing.length} 项:</span>
            <ul className="mt-1 space-y-0.5">
              {unit.missing.map((duty) => (
                <li key={duty.pointNo}>
                  第{duty.pointNo}条 {duty.pointTitle}{" "}
                  <span className="text-xs text-red-700">{duty.state ? STATE_LABELS[duty.state] : "未填报"}</span>
                </li>
              ))}
            </ul>
          </td>
          <td className="px-3 py-2 whitespace-nowrap text-slate-600">
            {reminded.has(unit.unitId) ? formatDateTime(reminded.get(unit.unitId)!) : "未催办"}
          </td>
          <td className="px-3 py-2 text-right">
            <RemindButton
              period={period}
              unitIds={[unit.unitId]}
              label="催办"
              confirmText={`向${unit.unitName}发送催办通知?`}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
