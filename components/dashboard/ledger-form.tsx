import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { type LedgerField, type LedgerQuery, LEDGER_STATUSES } from "@/lib/ledger/ledger-query";
import { ledgerUnits } from "@/lib/ledger/ledger-rows";
import { LEDGER_STATUS_LABELS } from "@/lib/ledger/ledger-words";
import { formatPeriod } from "@/lib/time/format";

type Props = { progress: PlanProgress; query: LedgerQuery; errors: Partial<Record<LedgerField, string>> };
type Option = { value: string; label: string };

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1";

function Choice(props: { name: LedgerField; label: string; value: string; options: Option[]; error?: string }) {
  const { name, label, value, options, error } = props;
  const errorId = `ledger-${name}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`ledger-${name}`} className="font-medium">
        {label}
      </label>
      <select
        id={`ledger-${name}`}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`${SELECT} ${error ? "border-red-600" : ""}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-xs text-red-700">
          {error}(已按全部显示)
        </p>
      )}
    </div>
  );
}

/** A plain GET form: the month and filters live in the URL, so a ledger can be bookmarked and shared. */
export function LedgerForm({ progress, query, errors }: Props) {
  const months = Array.from({ length: 12 }, (_, index) => `${progress.year}-${String(index + 1).padStart(2, "0")}`);
  const all: Option = { value: "", label: "全部" };
  return (
    <form
      method="get"
      action="/dashboard/ledger"
      noValidate
      className="flex flex-wrap items-end gap-4 text-sm print:hidden"
    >
      <Choice
        name="period"
        label="统计月份"
        value={query.period}
        options={months.map((month) => ({ value: month, label: formatPeriod(month) }))}
        error={errors.period}
      />
      <Choice
        name="section"
        label="分项"
        value={query.section === null ? "" : String(query.section)}
        options={[
          all,
          ...progress.sections.map((section) => ({
            value: String(section.no),
            label: `${section.no}. ${section.title}`,
          })),
        ]}
        error={errors.section}
      />
      <Choice
        name="unit"
        label="单位(牵头或责任)"
        value={query.unit ?? ""}
        options={[all, ...ledgerUnits(progress).map((unit) => ({ value: unit.code, label: unit.name }))]}
        error={errors.unit}
      />
      <Choice
        name="status"
        label="状态"
        value={query.status ?? ""}
        options={[all, ...LEDGER_STATUSES.map((status) => ({ value: status, label: LEDGER_STATUS_LABELS[status] }))]}
        error={errors.status}
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
        筛选
      </button>
    </form>
  );
}
