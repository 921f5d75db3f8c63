"use client";

import type { UnitOption } from "@/lib/org/queries";
import { DIRECTION_LABELS, KIND_LABELS } from "@/lib/plans/labels";
import { POINT_KIND_LABELS } from "@/lib/plans/measurement-labels";
import type { AggregationKind, Direction, IndicatorData, PointData, PointKind } from "@/lib/plans/plan-data";
import { MeasurementEditor } from "./measurement-editor";

type Props = {
  point: PointData;
  year: number;
  leadUnits: UnitOption[];
  titleErrors?: string[];
  onChange: (point: PointData) => void;
};

const input = "rounded border border-slate-300 px-2 py-1";

export function PointEditor({ point, year, leadUnits, titleErrors, onChange }: Props) {
  const setIndicator = (index: number, patch: Partial<IndicatorData>) =>
    onChange({
      ...point,
      indicators: point.indicators.map((indicator, i) => (i === index ? { ...indicator, ...patch } : indicator)),
    });
  const removeIndicator = (index: number) =>
    onChange({ ...point, indicators: point.indicators.filter((_, i) => i !== index) });

  return (
    <li className="space-y-2 px-4 py-3" data-testid="import-point">
      <div className="flex flex-wrap items-center gap-2">
        <span className="tabular-nums text-slate-500">{point.no}.</span>
        <input
          aria-label={`第${point.no}条标题`}
          required
          value={point.title}
          onChange={(event) => onChange({ ...point, title: event.target.value })}
          aria-describedby={titleErrors ? `import-point-${point.no}-title-error` : undefined}
          aria-invalid={titleErrors ? true : undefined}
          // A long title keeps its value whole; the box shows what fits (the value is never cut).
          className={`${input} min-w-0 flex-1 text-ellipsis`}
        />
        {titleErrors && (
          <span id={`import-point-${point.no}-title-error`} className="basis-full text-sm text-red-700">
            {titleErrors.join(" ")}
          </span>
        )}
        <select
          aria-label={`第${point.no}条牵头单位`}
          value={point.leadUnitCode}
          onChange={(event) => onChange({ ...point, leadUnitCode: event.target.value })}
          className={input}
        >
          {leadUnits.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
        <select
          aria-label={`第${point.no}条定量或定性`}
          value={point.kind}
          onChange={(event) => onChange({ ...point, kind: event.target.value as PointKind })}
          className={input}
        >
          {Object.entries(POINT_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <details className="text-sm text-slate-600">
        <summary className="cursor-pointer">原文</summary>
        <p className="mt-1 leading-relaxed">{point.text}</p>
      </details>
      {point.indicators.map((indicator, index) => (
        <div
          key={indicator.sourceText}
          className="flex flex-wrap items-center gap-2 rounded bg-brand-50 p-2 text-sm"
          data-testid="import-indicator"
        >
          <input
            aria-label="指标名称"
            required
            value={indicator.name}
            onChange={(event) => setIndicator(index, { name: event.target.value })}
            className={`${input} min-w-40 flex-1`}
          />
          <select
            aria-label="目标方向"
            value={indicator.direction}
            onChange={(event) => setIndicator(index, { direction: event.target.value as Direction })}
            className={input}
          >
            {Object.entries(DIRECTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <input
            aria-label="目标值"
            type="number"
            step="any"
            min="0"
            required
            value={indicator.target}
            onChange={(event) => setIndicator(index, { target: event.target.valueAsNumber })}
            className={`${input} w-24`}
          />
          <input
            aria-label="计量单位"
            required
            value={indicator.unit}
            onChange={(event) => setIndicator(index, { unit: event.target.value })}
            className={`${input} w-20`}
          />
          <select
            aria-label="汇总方式"
            value={indicator.kind}
            onChange={(event) => setIndicator(index, { kind: event.target.value as AggregationKind })}
            className={input}
          >
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <span className="text-slate-500" title="原文依据">
            「{indicator.sourceText}」
          </span>
          <button type="button" onClick={() => removeIndicator(index)} className="ml-auto text-red-700 hover:underline">
            删除
          </button>
          <MeasurementEditor indicator={indicator} year={year} onChange={(patch) => setIndicator(index, patch)} />
        </div>
      ))}
    </li>
  );
}
