"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyCloseoutAction } from "@/lib/closeouts/actions";

/** The application: a summary of how the work was done; the figures are taken from the approved reports. */
export function ApplyCloseoutForm({ pointId, indicatorId }: { pointId: number; indicatorId: number | null }) {
  const router = useRouter();
  const [summary, setSummary] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await applyCloseoutAction({ pointId, indicatorId, summary });
          if (result.ok) {
            router.push(`/closeouts/${result.data.id}`);
            return;
          }
          setFieldErrors(result.fieldErrors ?? {});
          setMessage(result.message);
        });
      }}
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">办结情况说明</span>
        <textarea
          name="summary"
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          rows={5}
          maxLength={2000}
          aria-describedby="summary-error"
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
        <span id="summary-error" className="text-sm text-red-700">
          {fieldErrors.summary?.join(" ")}
        </span>
      </label>
      <p role="alert" aria-live="polite" className="text-sm text-red-700">
        {message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
      >
        {pending ? "提交中…" : "提交办结申请"}
      </button>
    </form>
  );
}
