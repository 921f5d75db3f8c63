import { QUOTA_MODE_LABELS } from "@/lib/plans/measurement-labels";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { GridCounty, GridRow } from "@/lib/plans/quotas/load-grid";
import { parseQuotaCell } from "@/lib/plans/quotas/quota-cell";
import { balanceWords, quotaBalance } from "@/lib/plans/quota-sum";

export const cellKey = (indicatorId: number, unitId: number) => `${indicatorId}:${unitId}`;

type Props = {
  year: number;
  row: GridRow;
  counties: GridCounty[];
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
};

const number = (text: string) => formatNumber(Number(text));

/** One indicator across the counties: inputs for a SPLIT row, the target read-only for SAME and MINIMUM. */
export function QuotaGridRow({ year, row, counties, values, errors, onChange }: Props) {
  return (
    <tr data-testid="quota-row" data-indicator={row.id}>
      <th scope="row" className="sticky left-0 z-10 min-w-40 bg-white px-2 py-2 text-left align-top font-normal">
        <span className="mr-1 tabular-nums text-slate-500">{row.pointNo}.</span>
        {row.name}
        <span className="block text-xs text-slate-500">
          目标 {number(row.target)}
          {row.unit}
          {row.wholeNumbers && " · 整数"}
          {row.quotaMode === "SPLIT" && (
            <Link
              href={`/plans/${year}/quotas?indicator=${row.id}`}
              className="ml-2 text-brand-700 underline"
              aria-label={`单独填写${row.name}`}
            >
              单独填写
            </Link>
          )}
        </span>
      </th>
      {row.quotaMode === "NONE" ? (
        <td colSpan={counties.length} className="px-2 py-2 text-center text-slate-500">
          {QUOTA_MODE_LABELS.NONE}
        </td>
      ) : (
        counties.map((county) =>
          row.quotaMode === "SPLIT" ? (
            <QuotaInput
              key={county.id}
              row={row}
              county={county}
              value={values[cellKey(row.id, county.id)] ?? ""}
              error={errors[cellKey(row.id, county.id)]}
              onChange={onChange}
            />
          ) : (
            <td key={county.id} className="px-2 py-2 text-center tabular-nums text-slate-600">
              {row.quotas[county.id] === undefined ? "—" : number(row.quotas[county.id])}
            </td>
          ),
        )
      )}
      <SumCell row={row} counties={counties} values={values} />
    </tr>
  );
}

type InputProps = {
  row: GridRow;
  county: GridCounty;
  value: string;
  error: string | undefined;
  onChange: Props["onChange"];
};

function QuotaInput({ row, county, value, error, onChange }: InputProps) {
  const key = cellKey(row.id, county.id);
  const demo = row.demoUnitIds.includes(county.id) && value === (row.quotas[county.id] ?? "");
  return (
    <td className={`px-1 py-1 align-top ${demo ? "bg-amber-50" : ""}`}>
      <input
        value={value}
        onChange={(event) => onChange(key, event.target.value)}
        inputMode={row.wholeNumbers ? "numeric" : "decimal"}
        aria-label={`${county.name} · ${row.name}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `quota-error-${key}` : undefined}
        className={`w-20 rounded border px-2 py-1 text-right tabular-nums ${error ? "border-red-500" : "border-slate-300"}`}
      />
      {error && (
        <span id={`quota-error-${key}`} className="block max-w-28 text-xs text-red-700">
          {error}
        </span>
      )}
    </td>
  );
}

function SumCell({ row, counties, values }: Pick<Props, "row" | "counties" | "values">) {
  if (row.quotaMode === "NONE") return <td className="px-2 py-2 text-slate-500">—</td>;
  if (row.quotaMode !== "SPLIT")
    return (
      <td className="px-2 py-2 text-xs text-slate-600">
        {row.quotaMode === "SAME" ? "各县区同一目标" : `各县区不少于 ${number(row.target)}${row.unit}`}
      </td>
    );
  const cells = counties.map((county) => parseQuotaCell(values[cellKey(row.id, county.id)], row));
  const balance = cells.every((cell) => cell.ok)
    ? quotaBalance(
        row.target,
        cells.map((cell) => (cell.ok ? cell.value : null)),
      )
    : null;
  return (
    <td
      data-testid="quota-sum"
      className={`whitespace-nowrap px-2 py-2 text-right tabular-nums ${balance?.balanced ? "text-green-800" : "text-red-700"}`}
    >
      {balance ? (
        <>
          Σ {number(balance.sum)} / {number(balance.target)}
          <span className="block text-xs">{balance.balanced ? "与市级目标一致" : balanceWords(balance, row.unit)}</span>
        </>
      ) : (
        "有无效数字"
      )}
    </td>
  );
}
