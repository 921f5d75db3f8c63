"use client";

import Link from "next/link";
import { FileButton } from "@/components/ui/file-button";
import { useRef, useState, useTransition } from "react";
import { confirmReportImportAction, previewReportImportAction } from "@/lib/reports/excel-actions";
import type { ImportPreview } from "@/lib/reports/excel-import";
import { MAX_TEMPLATE_BYTES } from "@/lib/reports/excel-layout";
import type { ImportResult } from "@/lib/reports/excel-save";
import { ExcelImportPreview } from "./excel-import-preview";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function ExcelImportForm() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toSave = preview?.points.filter((point) => point.action === "save").length ?? 0;

  function reset() {
    setFile(null);
    setPreview(null);
    setMessage(null);
    if (input.current) input.current.value = "";
  }

  function choose(chosen: File | undefined) {
    setResult(null);
    setPreview(null);
    setMessage(null);
    if (!chosen) return;
    if (!/\.xlsx$/i.test(chosen.name) || chosen.size > MAX_TEMPLATE_BYTES) {
      setMessage("请上传本平台下载的 .xlsx 填报模板(不超过 512 KB)。");
      return;
    }
    startTransition(async () => {
      const content = await toBase64(chosen);
      // Cleared, so choosing the same file again after correcting it in Excel is noticed.
      if (input.current) input.current.value = "";
      const outcome = await previewReportImportAction({ file: content });
      if (!outcome.ok) return setMessage(outcome.message);
      setFile({ name: chosen.name, content });
      setPreview(outcome.data);
    });
  }

  function confirm() {
    if (!file || !preview) return;
    startTransition(async () => {
      const outcome = await confirmReportImportAction({
        file: file.content,
        expected: preview.points.map((point) => ({ pointId: point.pointId, version: point.version })),
      });
      if (!outcome.ok) return setMessage(outcome.message);
      reset();
      setResult(outcome.data);
    });
  }

  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <FileButton
          label="选择填好的模板"
          inputRef={input}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={pending}
          describedBy="import-message"
          onFiles={(files) => choose(files[0])}
        />
        {pending && (
          <p className="mt-2 text-sm text-slate-600" aria-live="polite">
            处理中…
          </p>
        )}
      </div>
      <div id="import-message" aria-live="polite">
        {message && (
          <p
            role="alert"
            className="whitespace-pre-line rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
          >
            {message}
          </p>
        )}
      </div>
      {result && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          <p>
            已将 {result.saved.length} 份报告保存为{result.periodLabel}的草稿。草稿还须提交审核才会报送。
          </p>
          <ul className="list-inside list-disc">
            {result.saved.map((entry) => (
              <li key={entry.reportId}>
                <Link className="text-brand-700 hover:underline" href={`/reports/${entry.reportId}`}>
                  第{entry.pointNo}条 {entry.pointTitle}
                </Link>
              </li>
            ))}
          </ul>
          {result.skipped.length > 0 && <p className="text-amber-800">未导入:{result.skipped.join(";")}</p>}
        </div>
      )}
      {preview && (
        <div className="space-y-3">
          <p className="text-sm text-slate-600">文件:{file?.name}</p>
          {preview.errorCount > 0 ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
              <p className="font-medium">
                文件中有 {preview.errorCount} 处错误,请在 Excel 中改正后重新上传。改正前不会保存任何内容。
              </p>
              <ul className="mt-1 list-inside list-disc">
                {preview.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-slate-700">检查通过。确认后将保存 {toSave} 份草稿;其余要点不变。</p>
          )}
          <ExcelImportPreview preview={preview} />
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={confirm}
              disabled={pending || preview.errorCount > 0 || toSave === 0}
              className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
            >
              {pending ? "保存中…" : `确认导入 ${toSave} 份草稿`}
            </button>
            <button
              type="button"
              onClick={reset}
              disabled={pending}
              className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-50"
            >
              重新选择文件
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
