import Link from "next/link";
import { formatPeriod } from "@/lib/time/format";
import { previousPeriod } from "@/lib/time/periods";

type Props = { period: string; current: string; path?: string; label?: string; currentNote?: string };

const nextPeriod = (period: string) => {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
};

/** The month in the URL (?period=), so every month can be bookmarked; a plain form that works without scripts. */
export function PeriodPicker({
  period,
  current,
  path = "/reports",
  label = "填报月份",
  currentNote = "(本月填报)",
}: Props) {
  const year = Number(period.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, "0")}`);
  return (
    <form method="get" action={path} noValidate className="flex flex-wrap items-center gap-2 text-sm">
      <Link
        href={`${path}?period=${previousPeriod(period)}`}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50"
      >
        ← 上月
      </Link>
      <label className="flex items-center gap-2">
        <span>{label}</span>
        <select name="period" defaultValue={period} className="rounded-md border border-slate-300 bg-white px-2 py-1">
          {months.map((month) => (
            <option key={month} value={month}>
              {formatPeriod(month)}
              {month === current ? currentNote : ""}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
        查看
      </button>
      <Link
        href={`${path}?period=${nextPeriod(period)}`}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50"
      >
        下月 →
      </Link>
    </form>
  );
}
