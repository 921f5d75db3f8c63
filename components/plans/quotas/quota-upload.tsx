"use client";

import { useRouter } from "next/navigation";
import { FileButton } from "@/components/ui/file-button";
import { useRef, useState, useTransition } from "react";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { confirmQuotaUploadAction, previewQuotaUploadAction } from "@/lib/plans/quotas/actions";
import type { QuotaPreview } from "@/lib/plans/quotas/excel-read";
import { QuotaUploadPreview } from "./quota-upload-preview";

const MAX_BYTES = 512 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** 下载分解表 / 上传分解表: the file is checked and previewed first; nothing is saved before 确认保存. */
export function QuotaUpload({ year, published }: { year: number; published: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<QuotaPreview | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(chosen: File | undefined) {
    setPreview(null);
    setMessage(null);
    setDone(null);
    if (!chosen) return;
    if (!/\.xlsx$/i.test(chosen.name) || chosen.size > MAX_BYTES) {
      setMessage("请上传本平台下载的 .xlsx 分解表(不超过 512 KB)。");
      return;
    }
    startTransition(async () => {
      const content = await toBase64(chosen);
      // Cleared, so choosing the same file again after correcting it in Excel is noticed.
      if (input.current) input.current.value = "";
      const outcome = await previewQuotaUploadAction({ year, file: content });
      if (!outcome.ok) return setMessage(outcome.message);
      setFile(content);
      setPreview(outcome.data);
    });
  }

  function confirm() {
    if (!file) return;
    startTransition(async () => {
      const outcome = await confirmQuotaUploadAction({ year, file, reason });
      if (!outcome.ok) return setMessage(outcome.message);
      setFile(null);
      setPreview(null);
      setReason("");
      setDone(`分解表已保存:${outcome.data.indicators} 项指标的分解数(${outcome.data.cells} 处改动)。`);
      router.refresh();
    });
  }

  const canSave = preview !== null && preview.errorCount === 0 && preview.changedRows > 0;
  return (
    <section
      aria-labelledby="quota-excel-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="quota-excel-heading" className="font-semibold">
        用 Excel 填写分解数
      </h2>
      <p className="text-sm text-slate-600">
        下载分解表,在黄色单元格中填写各县区的分解数,再上传:系统逐行检查并先显示预览,确认后才保存;有任何一行错误则不保存。
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <a href={`/api/v1/plans/${year}/quotas`} className={SECONDARY_BUTTON_CLASS} download>
          下载分解表
        </a>
        <FileButton
          label="上传分解表"
          inputRef={input}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={pending}
          describedBy="quota-upload-message"
          onFiles={(files) => choose(files[0])}
        />
      </div>
      {pending && <p className="text-sm text-slate-600">处理中…</p>}
      <div id="quota-upload-message" aria-live="polite">
        {message && (
          <p
            role="alert"
            className="whitespace-pre-line rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {message}
          </p>
        )}
        {done && (
          <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            {done}
          </p>
        )}
      </div>
      {preview && <QuotaUploadPreview preview={preview} />}
      {canSave && (
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
          <button type="button" onClick={confirm} disabled={pending} className={SECONDARY_BUTTON_CLASS}>
            确认保存
          </button>
        </div>
      )}
    </section>
  );
}
