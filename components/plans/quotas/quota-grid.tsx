"use client";

import { useState } from "react";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { saveQuotaGridAction } from "@/lib/plans/quotas/actions";
import type { QuotaGrid } from "@/lib/plans/quotas/load-grid";
import { parseQuotaCell } from "@/lib/plans/quotas/quota-cell";
import { cellKey, QuotaGridRow } from "./quota-grid-row";

const initialValues = (grid: QuotaGrid) =>
  Object.fromEntries(
    grid.rows.flatMap((row) =>
      grid.counties.map((county) => [cellKey(row.id, county.id), row.quotas[county.id] ?? ""]),
    ),
  );

/** Every current indicator × county, typed in place; each cell is checked as typed and again on the server. */
export function QuotaGridForm({ grid }: { grid: QuotaGrid }) {
  const { pending, message, run } = useAdminAction();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(grid));
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const split = grid.rows.filter((row) => row.quotaMode === "SPLIT");
  const errors: Record<string, string> = {};
  for (const row of split)
    for (const county of grid.counties) {
      const key = cellKey(row.id, county.id);
      const cell = parseQuotaCell(values[key], row);
      if (!cell.ok) errors[key] = cell.message;
      else if (cell.value === null && row.quotas[county.id] !== undefined && row.reportedUnitIds.includes(county.id))
        errors[key] = "已填报过该指标,不能留空";
    }
  const published = grid.plan.status === "PUBLISHED";
  const anyDemo = grid.rows.some((row) => row.demoUnitIds.length > 0);

  function save() {
    setSaved(null);
    run(
      () =>
        saveQuotaGridAction({
          year: grid.plan.year,
          reason,
          rows: split.map((row) => ({
            indicatorId: row.id,
            cells: grid.counties.map((county) => ({
              unitId: county.id,
              value: values[cellKey(row.id, county.id)] ?? "",
            })),
          })),
        }),
      (data) => {
        setSaved(
          data.indicators > 0 ? `已保存 ${data.indicators} 项指标的分解数(${data.cells} 处改动)。` : "分解数未改动。",
        );
        if (data.indicators > 0) setReason("");
      },
    );
  }

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {anyDemo && (
        <p className="text-sm text-amber-700">演示数据:底色为浅黄的分解数由系统生成,保存后即为市局下达的分解数。</p>
      )}
      <div className="max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="quota-grid">
        <table className="w-full text-sm">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">
            “分解到县区”的指标逐县区填写,合计应等于市级目标;留空表示该县区不分解。
          </caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-2 py-2 text-left font-medium">
                指标
              </th>
              {grid.counties.map((county) => (
                <th key={county.id} scope="col" className="px-2 py-2 text-center font-medium">
                  <abbr title={county.name} className="no-underline">
                    {county.shortName}
                  </abbr>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right font-medium">
                合计 / 市级目标
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {grid.rows.map((row) => (
              <QuotaGridRow
                key={row.id}
                year={grid.plan.year}
                row={row}
                counties={grid.counties}
                values={values}
                errors={errors}
                onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
              />
            ))}
          </tbody>
        </table>
      </div>
      {split.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          {published && (
            <label className="block min-w-64 flex-1 space-y-1 text-sm">
              <span className="font-medium">修改原因(已发布的工作要点须填写,将记入修改记录)</span>
              <input
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                maxLength={200}
                className={INPUT_CLASS}
              />
            </label>
          )}
          <button type="submit" disabled={pending || Object.keys(errors).length > 0} className={SECONDARY_BUTTON_CLASS}>
            {pending ? "保存中…" : "保存分解数"}
          </button>
          <span aria-live="polite" className="text-sm text-green-700">
            {saved}
          </span>
        </div>
      )}
      {Object.keys(errors).length > 0 && (
        <p className="text-sm text-red-700">有 {Object.keys(errors).length} 处分解数有误,改正后才能保存。</p>
      )}
      <p role="alert" aria-live="polite" className="whitespace-pre-line text-sm text-red-700">
        {message}
      </p>
    </form>
  );
}
