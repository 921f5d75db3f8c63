"use client";

import { useState } from "react";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { changeFirstPeriodAction } from "@/lib/plans/publish/actions";
import { MonthSelect } from "./month-select";

/** A published plan's first month, moved with a reason (later only while nobody has reported). */
export function FirstPeriodForm({ year, firstPeriod }: { year: number; firstPeriod: string }) {
  const { pending, message, run } = useAdminAction();
  const [period, setPeriod] = useState(firstPeriod);
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(null);
        run(
          () => changeFirstPeriodAction({ year, firstPeriod: period, reason }),
          (data) => setSaved(data.changed ? "起报月份已调整。" : "起报月份未改动。"),
        );
      }}
    >
      <h2 className="font-semibold">调整起报月份</h2>
      <MonthSelect year={year} value={period} onChange={setPeriod} label="起报月份" />
      <label className="block space-y-1 text-sm">
        <span className="font-medium">调整原因(将记入修改记录)</span>
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={200}
          className={INPUT_CLASS}
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
          {pending ? "保存中…" : "保存起报月份"}
        </button>
        <span aria-live="polite" className="text-sm text-green-700">
          {saved}
        </span>
      </div>
      <p role="alert" aria-live="polite" className="whitespace-pre-line text-sm text-red-700">
        {message}
      </p>
    </form>
  );
}
