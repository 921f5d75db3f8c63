"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { requestExtensionAction } from "@/lib/extensions/actions";
import type { ExtensionPeriodOption } from "@/lib/extensions/period-options";
import { formatDay } from "@/lib/time/format";

const field = "w-full rounded-md border border-slate-300 bg-white px-3 py-2";

export function ExtensionForm({ options }: { options: ExtensionPeriodOption[] }) {
  const router = useRouter();
  const [period, setPeriod] = useState(options[0].period);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const chosen = options.find((option) => option.period === period) ?? options[0];
  const error = (name: string) => (
    <span id={`${name}-error`} className="text-sm text-red-700">
      {fieldErrors[name]?.join(" ")}
    </span>
  );

  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      // onSubmit rather than a form action: React resets a form after its action, which would
      // throw away a reason the person must then type again after a refusal.
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        const form = new FormData(element);
        startTransition(async () => {
          const result = await requestExtensionAction({
            period,
            requestedDue: String(form.get("requestedDue") ?? ""),
            reason: String(form.get("reason") ?? ""),
          });
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(
            result.ok ? { ok: true, text: "延期申请已提交,等待督查审批。" } : { ok: false, text: result.message },
          );
          if (!result.ok) return;
          element.reset();
          router.refresh();
        });
      }}
    >
      <h2 className="font-semibold">申请延期</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block space-y-1">
          <span className="text-sm font-medium">月份</span>
          <select
            name="period"
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            aria-describedby="period-error"
            className={field}
          >
            {options.map((option) => (
              <option key={option.period} value={option.period}>
                {option.label}
              </option>
            ))}
          </select>
          {error("period")}
        </label>
        <label className="block space-y-1">
          <span className="text-sm font-medium">申请延至</span>
          <input
            key={chosen.period}
            type="date"
            name="requestedDue"
            required
            min={chosen.earliest}
            max={chosen.latest}
            aria-describedby="requestedDue-hint requestedDue-error"
            className={field}
          />
          <span id="requestedDue-hint" className="block text-xs text-slate-500">
            原定截止日期 {formatDay(chosen.dueDay)},最晚可延至 {formatDay(chosen.latest)}
          </span>
          {error("requestedDue")}
        </label>
      </div>
      <label className="block space-y-1">
        <span className="text-sm font-medium">申请理由</span>
        <textarea name="reason" required maxLength={500} rows={3} aria-describedby="reason-error" className={field} />
        {error("reason")}
      </label>
      <p role="status" aria-live="polite" className={`text-sm ${message?.ok ? "text-green-700" : "text-red-700"}`}>
        {message?.text}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
      >
        {pending ? "提交中…" : "提交申请"}
      </button>
    </form>
  );
}
