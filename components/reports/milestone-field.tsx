"use client";

import { useState } from "react";
import type { IndicatorRow } from "@/lib/reports/value-rows";

type Props = { indicator: IndicatorRow; errors: Record<string, string[]> };

/** A milestone: its deadline, 已完成 / 未完成, and the day it was done (required once done). */
export function MilestoneField({ indicator, errors }: Props) {
  const { id, dueOn, current } = indicator;
  const [done, setDone] = useState<boolean | null>(current?.done ?? null);
  const dateError = errors[`${id}.doneOn`];
  return (
    <div className="space-y-2">
      <p className="text-sm" data-testid={`due-${id}`}>
        完成时限 <span className="font-medium tabular-nums">{dueOn ?? "—"}</span>
      </p>
      <div role="radiogroup" aria-label={`${indicator.name}是否完成`} className="flex flex-wrap items-center gap-4">
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
      {done && (
        <label className="block space-y-1 sm:max-w-xs">
          <span className="text-sm">完成日期(必填)</span>
          <input
            type="date"
            name={`${id}.doneOn`}
            required
            defaultValue={current?.doneOn ?? ""}
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
