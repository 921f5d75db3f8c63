"use client";

import { useState } from "react";
import { normaliseNumberText } from "@/lib/reports/schemas";
import { IMPLAUSIBLE_REASONS, implausibilityOf, cumulativeOf } from "@/lib/reports/value-rules";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import { MilestoneField } from "./milestone-field";
import type { DraftFields } from "./report-draft";
import { rateText, targetText, valueText } from "./value-text";

export const FIELD_CLASS = "w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500";

/** defaults: the form's starting content by field name (the server's, or a restored draft). */
type Props = { indicator: IndicatorRow; errors: Record<string, string[]>; defaults: DraftFields };

/** One indicator's input: a number; numerator and denominator with the rate shown as typed; or a milestone's done and date. */
export function IndicatorField({ indicator, errors, defaults }: Props) {
  const { id, kind, name, unit, wholeNumbers } = indicator;
  const [typed, setTyped] = useState({
    value: defaults[`${id}.value`] ?? "",
    numerator: defaults[`${id}.numerator`] ?? "",
    denominator: defaults[`${id}.denominator`] ?? "",
    explanation: defaults[`${id}.explanation`] ?? "",
  });
  const numbers = {
    value: parseTyped(typed.value),
    numerator: parseTyped(typed.numerator),
    denominator: parseTyped(typed.denominator),
  };
  const rate = rateText(kind, unit, numbers.numerator, numbers.denominator);
  const last = indicator.lastApproved && cumulativeOf(indicator, indicator.lastApproved);
  const unusual = implausibilityOf(indicator, numbers, last ?? null);
  // A value that needs a 说明 marks the 说明 field itself, and says why beside it.
  const unusualId = `field-${id}-unusual`;
  const explanationMissing = unusual !== null && typed.explanation.trim() === "";
  const field = (key: "value" | "numerator" | "denominator" | "explanation", label: string, numeric = true) => {
    const errorId = `field-${id}-${key}-error`;
    const asked = key === "explanation" && unusual !== null;
    const invalid = Boolean(errors[`${id}.${key}`]) || (key === "explanation" && explanationMissing);
    return (
      <label className="block space-y-1">
        <span className="text-sm">{label}</span>
        <input
          name={`${id}.${key}`}
          inputMode={numeric ? (wholeNumbers ? "numeric" : "decimal") : "text"}
          step={numeric && wholeNumbers ? 1 : undefined}
          autoComplete="off"
          defaultValue={typed[key]}
          onChange={(event) => {
            const value = event.target.value;
            setTyped((old) => ({ ...old, [key]: value }));
          }}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={asked ? `${unusualId} ${errorId}` : errorId}
          className={`${FIELD_CLASS} ${asked ? "border-amber-500 bg-amber-50 ring-2 ring-amber-300" : ""}`}
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
      {kind === "MILESTONE" ? (
        <MilestoneField indicator={indicator} errors={errors} defaults={defaults} />
      ) : (
        <p className="text-xs text-slate-500">
          目标 {targetText(indicator)} · 上月已审核 {valueText(indicator, indicator.lastApproved)} · 填报年度累计值
          {wholeNumbers && ` · 整数(${unit})`}
        </p>
      )}
      {kind === "SUM" && <div className="sm:max-w-xs">{field("value", `${name}(${unit})`)}</div>}
      {(kind === "RATE" || kind === "RATIO") && (
        <div className="grid gap-2 sm:grid-cols-3 sm:items-start">
          {field("numerator", `${name} 分子`)}
          {field("denominator", `${name} 分母`)}
          <p className="pt-7 text-sm" aria-live="polite">
            {kind === "RATE" ? "比率" : "比值"}:
            <output data-testid={`rate-${id}`} className="font-medium tabular-nums">
              {rate || "—"}
            </output>
          </p>
        </div>
      )}
      {unusual && (
        <p id={unusualId} className="text-sm text-amber-800" role="status" data-testid={`unusual-${id}`}>
          {IMPLAUSIBLE_REASONS[unusual].ask}
        </p>
      )}
      {kind !== "MILESTONE" && field("explanation", "说明(低于上月已审核值或超过本单位目标3倍时必填)", false)}
    </fieldset>
  );
}

function parseTyped(raw: string): number | null {
  const normalised = normaliseNumberText(raw);
  return normalised === "" || !/^\d+(\.\d+)?$/.test(normalised) ? null : Number(normalised);
}
