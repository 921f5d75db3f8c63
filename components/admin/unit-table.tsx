import type { UnitKind } from "@/lib/generated/prisma/enums";
import { UNIT_KIND_LABELS } from "@/lib/admin/labels";
import { EditUnitForm } from "./edit-unit-form";

type Row = { code: string; name: string; shortName: string; kind: UnitKind; _count: { users: number } };

export function UnitTable({ units }: { units: Row[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              代码
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              类别
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              单位名称 / 简称
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              用户
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
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
        </tbody>
      </table>
    </div>
  );
}
