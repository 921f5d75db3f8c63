"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useOnReportSucceeded } from "@/components/reports/report-events";
import { FileButton } from "@/components/ui/file-button";
import type { AttachmentOwner } from "@/lib/attachments/types";
import { ALLOWED_TYPES_TEXT, ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/types";

async function upload(owner: AttachmentOwner, file: File): Promise<string | null> {
  // Checked here too, so a person learns at once instead of after sending 20 MB.
  if (file.size === 0) return `文件“${file.name}”是空文件,请重新选择。`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `文件“${file.name}”超过 20 MB,请压缩或拆分后再上传。`;
  const form = new FormData();
  form.set(owner.kind === "report" ? "reportId" : "ownerId", String(owner.id));
  form.set("file", file);
  const address = owner.kind === "report" ? "/api/v1/attachments" : `/api/v1/attachments?owner=${owner.kind}`;
  try {
    const response = await fetch(address, { method: "POST", body: form });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { detail?: string } | null;
    if (response.status === 401) return "登录已失效,请重新登录后再上传。";
    return body?.detail ?? `文件“${file.name}”上传失败,请稍后重试。`;
  } catch {
    return `文件“${file.name}”上传失败,请检查网络后重试。`;
  }
}

export function AttachmentUpload({ owner }: { owner: AttachmentOwner }) {
  const router = useRouter();
  const inputId = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  // A refused file's message is about that attempt: the next successful save or step clears it.
  useOnReportSucceeded(() => setErrors([]));

  async function onChange(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setPending(true);
    const problems: string[] = [];
    for (const file of files) {
      const problem = await upload(owner, file);
      if (problem) problems.push(problem);
    }
    input.value = "";
    setErrors(problems);
    setPending(false);
    router.refresh();
  }

  return (
    <div className="space-y-1 text-sm">
      <FileButton
        label="上传附件"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={pending}
        describedBy={`${inputId}-hint ${inputId}-errors`}
        onFiles={(_files, input) => void onChange(input)}
      />
      <p id={`${inputId}-hint`} className="text-xs text-slate-500">
        {pending ? "上传中…" : `支持 ${ALLOWED_TYPES_TEXT},每个文件不超过 20 MB。`}
      </p>
      <div id={`${inputId}-errors`} role="alert" aria-live="polite" className="text-xs text-red-700">
        {errors.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}
