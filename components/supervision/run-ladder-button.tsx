"use client";
// 立即检查: the office runs the day's check now rather than waiting for the morning job.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { runLadderNowAction } from "@/lib/supervision/actions";

export function RunLadderButton() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await runLadderNowAction({});
            setMessage(
              result.ok
                ? result.data.proposed
                  ? `新拟发 ${result.data.proposed} 份督查单。`
                  : "没有新的拟发督查单。"
                : result.message,
            );
            if (result.ok) router.refresh();
          })
        }
        className="rounded-md border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "正在检查…" : "立即检查"}
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {message}
      </span>
    </div>
  );
}
