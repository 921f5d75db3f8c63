import Link from "next/link";
import { actionText, RESULT_LABELS } from "@/lib/audit/labels";
import type { AuditFilters } from "@/lib/audit/schemas";
import type { UnitOption } from "@/lib/org/queries";

const field = "rounded border border-slate-300 bg-white px-2 py-1";

// A plain GET form: the filters land in the URL, so the view can be bookmarked and exported as is.
export function AuditFilterForm({
  filters,
  units,
  actions,
}: {
  filters: AuditFilters;
  units: UnitOption[];
  actions: string[];
}) {
  const actionOptions = filters.action && !actions.includes(filters.action) ? [...actions, filters.action] : actions;
  return (
    <form
      noValidate
      method="get"
      action="/audit"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">用户名</span>
        <input name="user" defaultValue={filters.user ?? ""} maxLength={64} className={`${field} w-36`} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">单位</span>
        <select name="unit" defaultValue={filters.unit ?? ""} className={field}>
          <option value="">全部单位</option>
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">操作</span>
        <select name="action" defaultValue={filters.action ?? ""} className={field}>
          <option value="">全部操作</option>
          {actionOptions.map((action) => (
            <option key={action} value={action}>
              {actionText(action)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">开始日期</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">结束日期</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">结果</span>
        <select name="result" defaultValue={filters.result ?? ""} className={field}>
          <option value="">全部结果</option>
          {Object.entries(RESULT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-900">
        筛选
      </button>
      <Link href="/audit" className="px-2 py-1.5 text-slate-600 hover:underline">
        清除条件
      </Link>
    </form>
  );
}
