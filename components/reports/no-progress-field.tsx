"use client";

import { useState } from "react";
import { FIELD_CLASS } from "./indicator-field";

type Props = { defaultChecked: boolean; defaultReason: string; errors: Record<string, string[]> };

/** 本月无新进展: said explicitly, with its reason, never left to a blank field. */
export function NoProgressField({ defaultChecked, defaultReason, errors }: Props) {
  const [checked, setChecked] = useState(defaultChecked);
  const error = errors.noProgressReason;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          name="noProgress"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
        />
        本月无新进展
      </label>
      {checked && (
        <label className="block space-y-1">
          <span className="text-sm">
            无新进展的原因<span className="text-red-700">(必填)</span>
          </span>
          <textarea
            name="noProgressReason"
            rows={2}
            maxLength={1000}
            defaultValue={defaultReason}
            aria-invalid={error ? true : undefined}
            aria-describedby="field-noProgressReason-error"
            className={FIELD_CLASS}
          />
          <span id="field-noProgressReason-error" className="block text-sm text-red-700">
            {error?.join(" ")}
          </span>
        </label>
      )}
      <p className="text-xs text-slate-500">累计值请照填(与上月相同);勾选后“进展情况”可不填。</p>
    </div>
  );
}
