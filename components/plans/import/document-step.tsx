"use client";

import { useRef, useState } from "react";
import { FileButton } from "@/components/ui/file-button";

type Props = { pending: boolean; onSubmit: (sourceText: string) => void };

// The textarea is uncontrolled, so text pasted before the page finished loading is kept.
export function DocumentStep({ pending, onSubmit }: Props) {
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (!/\.txt$/i.test(file.name) || file.size > 2_000_000) {
      setFileError("请上传不超过 2 MB 的 .txt 文本文件;Word 文件可全选复制后粘贴到下框。");
      return;
    }
    setFileError(null);
    if (textArea.current) textArea.current.value = await file.text();
  }

  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(textArea.current?.value ?? "");
      }}
    >
      <label htmlFor="plan-text" className="block font-medium">
        工作要点全文
      </label>
      <textarea
        id="plan-text"
        ref={textArea}
        rows={14}
        placeholder="例如:2023年全市民政工作要点……一、……1.……"
        className="w-full rounded-md border border-slate-300 p-3 font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <FileButton
          label="或上传文本文件"
          labelClassName="text-slate-600"
          accept=".txt,text/plain"
          describedBy="file-error"
          onFiles={(files) => readFile(files[0])}
        />
        <button
          type="submit"
          disabled={pending}
          className="ml-auto rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
        >
          {pending ? "识别中…" : "识别结构"}
        </button>
      </div>
      <p id="file-error" aria-live="polite" className="text-sm text-red-700">
        {fileError}
      </p>
    </form>
  );
}
