"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveReportAction } from "@/lib/reports/actions";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import { ConflictPanel } from "./conflict-panel";
import { checkReportForm, fieldErrorsByName, readReportForm } from "./form-payload";
import { FIELD_CLASS, IndicatorField } from "./indicator-field";

type Props = {
  pointId: number;
  period: string;
  /** The version the form was loaded at, sent with every save; null before the report exists. */
  version: number | null;
  indicators: IndicatorRow[];
  narrative: { progress: string; problems: string; nextSteps: string };
  /** After a save, open the report's own page (from the edit page) or refresh this one. */
  afterSave: "open" | "refresh";
  /** The portal's day (YYYY-MM-DD): a milestone cannot be done after it. */
  today: string;
};

const NARRATIVE = [
  { name: "progress", label: "进展情况", required: true },
  { name: "problems", label: "存在问题", required: false },
  { name: "nextSteps", label: "下步打算", required: false },
] as const;

export function ReportForm({ pointId, period, version, indicators, narrative, afterSave, today }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [loadedVersion, setLoadedVersion] = useState(version);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReportSnapshot | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readReportForm(new FormData(event.currentTarget), indicators, {
      pointId,
      period,
      expectedVersion: loadedVersion,
    });
    const problems = checkReportForm(input, indicators, today);
    setErrors(problems);
    setSaved(null);
    if (Object.keys(problems).length > 0) {
      setMessage("请按提示修改后再保存。");
      return;
    }
    startTransition(async () => {
      const result = await saveReportAction(input);
      if (!result.ok) {
        setMessage(result.message);
        setErrors(fieldErrorsByName(result.fieldErrors ?? {}, indicators));
        setConflict(result.conflict ?? null);
        return;
      }
      setMessage(null);
      setConflict(null);
      setLoadedVersion(result.data.version);
      setSaved(`已保存(第 ${result.data.version} 版)`);
      if (afterSave === "open") router.push(`/reports/${result.data.reportId}`);
      else router.refresh();
    });
  }

  return (
    <div className={conflict ? "grid gap-4 lg:grid-cols-2" : ""}>
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="填报表单">
        {indicators.length === 0 && (
          <p className="text-sm text-slate-600">本条要点没有需要本单位填报的量化指标,请填写进展情况。</p>
        )}
        {indicators.map((indicator) => (
          <IndicatorField key={indicator.id} indicator={indicator} errors={errors} />
        ))}
        {NARRATIVE.map(({ name, label, required }) => (
          <label key={name} className="block space-y-1">
            <span className="text-sm font-medium">
              {label}
              {required && <span className="text-red-700">(必填)</span>}
            </span>
            <textarea
              name={name}
              rows={name === "progress" ? 5 : 3}
              maxLength={5000}
              required={required}
              defaultValue={narrative[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={`field-${name}-error`}
              className={FIELD_CLASS}
            />
            <span id={`field-${name}-error`} className="block text-sm text-red-700">
              {errors[name]?.join(" ")}
            </span>
          </label>
        ))}
        <p role="alert" aria-live="polite" className="whitespace-pre-line text-sm text-red-700">
          {message}
        </p>
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
          >
            {pending ? "保存中…" : "保存"}
          </button>
          <span role="status" aria-live="polite" className="text-sm text-green-700">
            {saved}
          </span>
        </div>
      </form>
      {conflict && <ConflictPanel snapshot={conflict} />}
    </div>
  );
}
