"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createBulletinAction } from "@/lib/bulletins/actions";
import { formatPeriod } from "@/lib/time/format";

/** 起草通报: the months of the plan that have no 通报 yet, newest first. */
export function CreateBulletinForm({ periods }: { periods: string[] }) {
  const router = useRouter();
  const [period, setPeriod] = useState(periods[0] ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await createBulletinAction({ period });
          if (result.ok) router.push(`/bulletins/${result.data.id}`);
          else setError(result.fieldErrors?.period?.join(" ") ?? result.message);
        });
      }}
    >
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">通报月份</span>
        <select
          value={period}
          onChange={(event) => setPeriod(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "bulletin-period-error" : undefined}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        >
          {periods.length === 0 && <option value="">(没有可起草的月份)</option>}
          {periods.map((value) => (
            <option key={value} value={value}>
              {formatPeriod(value)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        disabled={pending || periods.length === 0}
        className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "正在起草…" : "起草通报"}
      </button>
      <span id="bulletin-period-error" role="alert" aria-live="polite" className="text-sm text-red-700">
        {error}
      </span>
    </form>
  );
}
