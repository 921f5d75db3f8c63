type Props = { year: number; value: string; onChange: (period: string) => void; label: string };

/** A month of the plan's year. */
export function MonthSelect({ year, value, onChange, label }: Props) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="block rounded-md border border-slate-300 px-3 py-2"
      >
        {Array.from({ length: 12 }, (_, index) => {
          const period = `${year}-${String(index + 1).padStart(2, "0")}`;
          return (
            <option key={period} value={period}>
              {year}年{index + 1}月
            </option>
          );
        })}
      </select>
    </label>
  );
}
