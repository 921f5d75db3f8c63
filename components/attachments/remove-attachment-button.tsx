"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeAttachmentAction } from "@/lib/attachments/actions";

export function RemoveAttachmentButton({ id, fileName }: { id: number; fileName: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        aria-label={`删除附件 ${fileName}`}
        className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50 disabled:opacity-50"
        onClick={() => {
          if (!window.confirm(`删除附件「${fileName}」?`)) return;
          startTransition(async () => {
            const result = await removeAttachmentAction({ id });
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? "删除中…" : "删除"}
      </button>
      <span role="alert" aria-live="polite" className="text-xs text-red-700">{message}</span>
    </span>
  );
}
