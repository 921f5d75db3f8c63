"use client";

import { dueLabel, QUOTA_MODE_LABELS, RULE_DESCRIPTIONS, RULE_LABELS } from "@/lib/plans/measurement-labels";
import type { IndicatorData, ProgressRule, QuotaMode } from "@/lib/plans/plan-data";

type Props = { indicator: IndicatorData; year: number; onChange: (patch: Partial<IndicatorData>) => void };

const input = "rounded border border-slate-300 px-2 py-1";

/**
 * How the indicator is measured, as proposed from its words: the expected-progress rule (and the
 * date of 限期完成), whole things or not, and how it reaches the counties. CURVE's months are set
 * on the indicator's page after the import.
 */
export function MeasurementEditor({ indicator, year, onChange }: Props) {
  const setRule = (rule: ProgressRule) =>
    onChange({ rule, dueOn: rule === "BY_DATE" ? (indicator.dueOn ?? `${year}-12-31`) : null });
  return (
    <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-2" data-testid="import-measurement">
      <label className="flex items-center gap-1">
        <span className="text-slate-600">序时进度</span>
        <select
          aria-label="序时进度规则"
          value={indicator.rule}
          onChange={(event) => setRule(event.target.value as ProgressRule)}
          title={RULE_DESCRIPTIONS[indicator.rule]}
          className={input}
        >
          {Object.entries(RULE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {value === "BY_DATE" && indicator.rule === "BY_DATE" ? `${label}(${dueLabel(indicator.dueOn)})` : label}
            </option>
          ))}
        </select>
      </label>
      {indicator.rule === "BY_DATE" && (
        <label className="flex items-center gap-1">
          <span className="text-slate-600">完成时限</span>
          <input
            aria-label="完成时限"
            type="date"
            required
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={indicator.dueOn ?? ""}
            onChange={(event) => onChange({ dueOn: event.target.value || null })}
            className={input}
          />
        </label>
      )}
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          aria-label="整数"
          checked={indicator.wholeNumbers}
          onChange={(event) => onChange({ wholeNumbers: event.target.checked })}
        />
        <span>整数</span>
      </label>
      <label className="flex items-center gap-1">
        <span className="text-slate-600">分解方式</span>
        <select
          aria-label="分解方式"
          value={indicator.quotaMode}
          onChange={(event) => onChange({ quotaMode: event.target.value as QuotaMode })}
          className={input}
        >
          {Object.entries(QUOTA_MODE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
