import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UserFilter as Filter } from "@/lib/admin/schemas";
import type { UnitOption } from "@/lib/org/queries";
import { ROLE_LABELS } from "@/lib/policy";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "./form-fields";

/** A plain GET form: the filter lives in the URL, so a filtered list can be bookmarked and shared. */
export function UserFilter({ units, filter }: { units: UnitOption[]; filter: Filter }) {
  return (
    <form
      noValidate
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <label className="space-y-1">
        <span className="block text-sm font-medium">按单位筛选</span>
        <select name="unit" defaultValue={filter.unit ?? ""} className={INPUT_CLASS}>
          <option value="">全部单位</option>
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1">
        <span className="block text-sm font-medium">按角色筛选</span>
        <select name="role" defaultValue={filter.role ?? ""} className={INPUT_CLASS}>
          <option value="">全部角色</option>
          {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={SECONDARY_BUTTON_CLASS}>
        筛选
      </button>
      {(filter.unit || filter.role) && (
        <Link href="/admin/users" className="py-1.5 text-sm text-brand-700 underline">
          清除筛选
        </Link>
      )}
    </form>
  );
}
