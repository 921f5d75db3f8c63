"use client";

import { useState } from "react";
import { normaliseNumberText } from "@/lib/reports/schemas";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import { rateText, targetText, valueText } from "./value-text";

export const FIELD_CLASS = "w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500";

type Props = { indicator: IndicatorRow; errors: Record<string, string[]> };

/** One indicator's input: a number; numerator and denominator with the rate shown as typed; or a milestone's done and date. */
export function IndicatorField({ indicator, errors }: Props) {
  const { id, kind, name, unit, current } = indicator;
  const [parts, setParts] = useState({ numerator: text(current?.numerator), denominator: text(current?.denominator) });
  const rate = rateText(kind, unit, parseTyped(parts.numerator), parseTyped(parts.denominator));
  const field = (
    key: string,
    label: string,
    defaultValue: string,
    onChange?: (value: string) => void,
    numeric = true,
  ) => {
    const errorId = `field-${id}-${key}-error`;
    return (
      <label className="block space-y-1">
        <span className="text-sm">{label}</span>
        <input
          name={`${id}.${key}`}
          inputMode={numeric ? "decimal" : "text"}
          autoComplete="off"
          defaultValue={defaultValue}
          onChange={onChange && ((event) => onChange(event.target.value))}
          aria-invalid={errors[`${id}.${key}`] ? true : undefined}
          aria-describedby={errorId}
          className={FIELD_CLASS}
        />
        <span id={errorId} className="block text-sm text-red-700">
          {errors[`${id}.${key}`]?.join(" ")}
        </span>
      </label>
    );
  };
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="indicator-field">
      <legend className="px-1 font-medium">{name}</legend>
      <p className="text-xs text-slate-500">
        目标 {targetText(indicator)} · 上月已审核 {valueText(indicator, indicator.lastApproved)} · 填报年度累计值
      </p>
      {kind === "SUM" && <div className="sm:max-w-xs">{field("value", `${name}(${unit})`, text(current?.value))}</div>}
      {(kind === "RATE" || kind === "RATIO") && (
        <div className="grid gap-2 sm:grid-cols-3 sm:items-start">
          {field("numerator", `${name} 分子`, parts.numerator, (value) =>
            setParts((old) => ({ ...old, numerator: value })),
          )}
          {field("denominator", `${name} 分母`, parts.denominator, (value) =>
            setParts((old) => ({ ...old, denominator: value })),
          )}
          <p className="pt-7 text-sm" aria-live="polite">
            {kind === "RATE" ? "比率" : "比值"}:
            <output data-testid={`rate-${id}`} className="font-medium tabular-nums">
              {rate || "—"}
            </output>
          </p>
        </div>
      )}
      {kind === "MILESTONE" && (
        <div className="flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`${id}.done`} defaultChecked={current?.done ?? false} />
            已完成
          </label>
          <label className="flex items-center gap-2 text-sm">
            完成日期
            <input
              type="date"
              name={`${id}.doneOn`}
              defaultValue={current?.doneOn ?? ""}
              aria-describedby={`field-${id}-doneOn-error`}
              className="rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <span id={`field-${id}-doneOn-error`} className="text-sm text-red-700">
            {errors[`${id}.doneOn`]?.join(" ")}
          </span>
        </div>
      )}
      {kind !== "MILESTONE" &&
        field("explanation", "说明(累计值低于上月已审核值时必填)", current?.explanation ?? "", undefined, false)}
    </fieldset>
  );
}

const text = (value: number | null | undefined) => (value == null ? "" : String(value));

function parseTyped(raw: string): number | null {
  const normalised = normaliseNumberText(raw);
  return normalised === "" || !/^\d+(\.\d+)?$/.test(normalised) ? null : Number(normalised);
}
