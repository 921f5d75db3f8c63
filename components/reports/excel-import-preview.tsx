import { formatNumber } from "@/lib/format";
import type { ImportPoint, ImportPreview } from "@/lib/reports/excel-import";

type Row = ImportPoint["rows"][number];

function valueText(row: Row): string {
  if (row.kind === "SUM") return row.value === null ? "—" : `${formatNumber(row.value)}${row.unit}`;
  if (row.kind === "MILESTONE")
    return row.done === null ? "—" : row.done ? `已完成${row.doneOn ? `(${row.doneOn})` : ""}` : "未完成";
  if (row.numerator === null && row.denominator === null) return "—";
  const parts = `${row.numerator === null ? "?" : formatNumber(row.numerator)} / ${row.denominator === null ? "?" : formatNumber(row.denominator)}`;
  if (row.numerator === null || !row.denominator) return parts;
  const ratio = row.numerator / row.denominator;
  return row.kind === "RATE"
    ? `${parts}(${(ratio * 100).toFixed(1)}%)`
    : `${parts}(${formatNumber(Number(ratio.toFixed(2)))}${row.unit})`;
}

const ACTION_STYLE = { save: "text-green-800", skip: "text-amber-800", empty: "text-slate-500" } as const;

/** What the file would save, point by point; text from the file is rendered as text, never as markup. */
export function ExcelImportPreview({ preview }: { preview: ImportPreview }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left font-medium">
          {preview.unitName} · {preview.periodLabel}
        </caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              要点
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              处理
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              指标数值(累计)
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              进展情况
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {preview.points.map((point) => (
            <tr key={point.pointId} data-testid="import-point">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                第{point.pointNo}条 {point.pointTitle}
              </th>
              <td className={`px-3 py-2 ${ACTION_STYLE[point.action]}`}>{point.note}</td>
              <td className="px-3 py-2">
                {point.rows.length === 0 ? (
                  <span className="text-slate-500">无量化指标</span>
                ) : (
                  <ul className="space-y-0.5">
                    {point.rows.map((row) => (
                      <li key={row.row}>
                        <span className="text-slate-500">
                          第 {row.row} 行 {row.indicator}:
                        </span>
                        <span className="tabular-nums">{valueText(row)}</span>
                        {row.explanation && <span className="text-slate-500">(说明:{row.explanation})</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="max-w-xs whitespace-pre-line px-3 py-2">
                {point.input.narrative.progress || <span className="text-slate-500">未填写</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
