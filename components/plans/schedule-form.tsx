"use client";

import { useState } from "react";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { saveIndicatorScheduleAction } from "@/lib/plans/weight-actions";
import { ReasonField, readReason } from "./admin/reason-field";

const INPUT =
  "w-20 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums aria-[invalid=true]:border-red-600";
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** The 12 cumulative percentages of one indicator; values are sent as typed and checked on the server. */
export function ScheduleForm({
  indicatorId,
  percentages,
  custom,
  published,
}: {
  indicatorId: number;
  percentages: number[];
  custom: boolean;
  /** A published plan's change needs a reason. */
  published: boolean;
}) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [saved, setSaved] = useState<string | null>(null);
  const save = (months: string[] | null, reason: string) => {
    setSaved(null);
    run(
      () => saveIndicatorScheduleAction({ indicatorId, months, reason }),
      (data) =>
        setSaved(
          !data.changed ? "序时进度未改动。" : months ? "已保存,看板已按新的序时进度计算。" : "已恢复为按月均衡。",
        ),
    );
  };
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        save(
          MONTHS.map((month) => String(form.get(`month-${month}`) ?? "")),
          readReason(form),
        );
      }}
    >
      {/* Keyed by the values: after a save or a reset the fields show what is stored now. */}
      <fieldset key={percentages.join("/")} className="rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 font-medium">各月末累计应完成全年任务的百分比</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
          {MONTHS.map((month) => (
            <label key={month} className="flex items-center gap-2 text-sm">
              <span className="w-8 text-right">{month}月</span>
              <input
                name={`month-${month}`}
                defaultValue={String(percentages[month - 1])}
                inputMode="decimal"
                className={INPUT}
                aria-label={`${month}月序时进度(%)`}
                aria-invalid={fieldErrors[`months.${month - 1}`] ? true : undefined}
              />
              <span aria-hidden="true">%</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ReasonField published={published} errors={fieldErrors.reason} idPrefix="schedule" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
          {pending ? "保存中…" : "保存序时进度"}
        </button>
        {custom && (
          <button
            type="button"
            disabled={pending}
            className={SECONDARY_BUTTON_CLASS}
            onClick={(event) =>
              save(null, event.currentTarget.form ? readReason(new FormData(event.currentTarget.form)) : "")
            }
          >
            恢复为按月均衡
          </button>
        )}
        <span aria-live="polite" className="text-sm text-green-700">
          {saved}
        </span>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
