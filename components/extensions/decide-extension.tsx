"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decideExtensionAction } from "@/lib/extensions/actions";

export function DecideExtension({ id, unitName }: { id: number; unitName: string }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (grant: boolean) =>
    startTransition(async () => {
      const result = await decideExtensionAction({ id, grant, note });
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-2">
      <label className="block space-y-1">
        <span className="text-xs text-slate-600">审批意见(不批准时必填)</span>
        <textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={500}
          aria-describedby={`decision-${id}-error`}
          className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </label>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => decide(true)}
          className="rounded-md bg-brand-600 px-3 py-1 text-sm text-white disabled:opacity-50"
          aria-label={`批准${unitName}的延期申请`}
        >
          批准
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => decide(false)}
          className="rounded-md border border-red-700 px-3 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-50"
          aria-label={`不批准${unitName}的延期申请`}
        >
          不批准
        </button>
      </div>
      <p id={`decision-${id}-error`} role="alert" aria-live="polite" className="text-xs text-red-700">
        {message}
      </p>
    </div>
  );
}
