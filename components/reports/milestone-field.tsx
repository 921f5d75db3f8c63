"use client";

import { useState } from "react";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import type { DraftFields } from "./report-draft";

type Props = { indicator: IndicatorRow; errors: Record<string, string[]>; defaults: DraftFields };

/** A milestone: its deadline, 已完成 / 未完成, and the day it was done (required once done). */
export function MilestoneField({ indicator, errors, defaults }: Props) {
  const { id, dueOn } = indicator;
  const initial = defaults[`${id}.done`];
  const [done, setDone] = useState<boolean | null>(initial === undefined ? null : initial === "true");
  const dateError = errors[`${id}.doneOn`];
  const doneError = errors[`${id}.done`];
  return (
    <div className="space-y-2">
      <p className="text-sm" data-testid={`due-${id}`}>
        完成时限 <span className="font-medium tabular-nums">{dueOn ?? "—"}</span>
      </p>
      <div
        role="radiogroup"
        aria-label={`${indicator.name}是否完成`}
        aria-invalid={doneError ? true : undefined}
        aria-describedby={`field-${id}-done-error`}
        className="flex flex-wrap items-center gap-4"
      >
        {[
          [true, "已完成"],
          [false, "未完成"],
        ].map(([value, label]) => (
          <label key={String(value)} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}.done`}
              value={String(value)}
              checked={done === value}
              onChange={() => setDone(value as boolean)}
            />
            {label}
          </label>
        ))}
      </div>
      <span id={`field-${id}-done-error`} className="block text-sm text-red-700">
        {doneError?.join(" ")}
      </span>
      {done && (
        <label className="block space-y-1 sm:max-w-xs">
          <span className="text-sm">完成日期(必填)</span>
          <input
            type="date"
            name={`${id}.doneOn`}
            required
            defaultValue={defaults[`${id}.doneOn`] ?? ""}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={`field-${id}-doneOn-error`}
            className="w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500"
          />
        </label>
      )}
      <span id={`field-${id}-doneOn-error`} className="block text-sm text-red-700">
        {dateError?.join(" ")}
      </span>
      {done && <p className="text-xs text-slate-500">请在下方“附件”上传完成的佐证材料(文件、通知、照片等)。</p>}
    </div>
  );
}
