import { formatPeriod } from "@/lib/time/format";

// A plain GET form: the month lands in the URL, so the view can be bookmarked and shared.
export function PeriodPicker({ action, period, periods }: { action: string; period: string; periods: string[] }) {
  const options = periods.includes(period) ? periods : [period, ...periods];
  return (
    <form noValidate method="get" action={action} className="flex items-end gap-2 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">月份</span>
        <select name="period" defaultValue={period} className="rounded border border-slate-300 bg-white px-2 py-1">
          {options.map((option) => (
            <option key={option} value={option}>
              {formatPeriod(option)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50">
        查看
      </button>
    </form>
  );
}
