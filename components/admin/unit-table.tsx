import type { UnitKind } from "@/lib/generated/prisma/enums";
import { UNIT_KIND_LABELS } from "@/lib/admin/labels";
import { EditUnitForm } from "./edit-unit-form";
import { DataTable } from "@/components/ui/data-table";

type Row = { code: string; name: string; shortName: string; kind: UnitKind; _count: { users: number } };

export function UnitTable({ units }: { units: Row[] }) {
  return (
    <DataTable
      columns={[{ label: "代码" }, { label: "类别" }, { label: "单位名称 / 简称" }, { label: "用户", numeric: true }]}
    >
      {units.map((unit) => (
        <tr key={unit.code} className="align-top">
          <th scope="row" className="px-3 py-3 text-left font-mono font-normal">
            {unit.code}
          </th>
          <td className="px-3 py-3 whitespace-nowrap">{UNIT_KIND_LABELS[unit.kind]}</td>
          <td className="px-3 py-2">
            <EditUnitForm unit={{ code: unit.code, name: unit.name, shortName: unit.shortName }} />
          </td>
          <td className="px-3 py-3 text-right tabular-nums">{unit._count.users} 个</td>
        </tr>
      ))}
    </DataTable>
  );
}
