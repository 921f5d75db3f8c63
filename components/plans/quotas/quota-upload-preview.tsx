import { formatNumber } from "@/lib/format";
import type { QuotaPreview } from "@/lib/plans/quotas/excel-read";
import { balanceWords } from "@/lib/plans/quota-sum";

const shown = (value: string | null) => (value === null ? "(无)" : formatNumber(Number(value)));

/** What the uploaded file would change: per indicator, old → new per county and Σ against the target. */
export function QuotaUploadPreview({ preview }: { preview: QuotaPreview }) {
  return (
    <div className="space-y-2" data-testid="quota-preview">
      {preview.errorCount > 0 ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">文件中有 {preview.errorCount} 处错误,不能保存。请在 Excel 中改正后重新上传:</p>
          <ul className="mt-1 list-inside list-disc">
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm">
          预览:{preview.rows.length} 项指标,其中 {preview.changedRows} 项有改动。
          {preview.changedRows === 0 && "文件中的分解数与现有的相同,没有需要保存的改动。"}
        </p>
      )}
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
        {preview.rows
          .filter((row) => row.cells.some((cell) => cell.changed))
          .map((row) => (
            <li key={row.indicatorId} className="space-y-1 px-3 py-2">
              <p className="font-medium">
                第 {row.row} 行 · {row.pointNo}. {row.name}
                <span className={`ml-2 font-normal ${row.balance.balanced ? "text-green-800" : "text-red-700"}`}>
                  合计 {formatNumber(Number(row.balance.sum))} / 市级目标 {formatNumber(Number(row.balance.target))}
                  {row.unit} {row.balance.balanced ? "一致" : balanceWords(row.balance, row.unit)}
                </span>
              </p>
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-slate-700">
                {row.cells
                  .filter((cell) => cell.changed)
                  .map((cell) => (
                    <span key={cell.unitId} className="tabular-nums">
                      {cell.county}:{shown(cell.before)} → {shown(cell.after)}
                    </span>
                  ))}
              </p>
            </li>
          ))}
      </ul>
    </div>
  );
}
