"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { type ReportActionResult, saveReportAction, submitReportAction } from "@/lib/reports/actions";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import { STEP_LABELS } from "@/lib/reports/workflow";
import { ConflictPanel } from "./conflict-panel";
import { DraftOffer } from "./draft-offer";
import { checkReportForm, type FormNarrative, fieldErrorsByName, readReportForm, serverFields } from "./form-payload";
import { FIELD_CLASS, IndicatorField } from "./indicator-field";
import { useLeaveGuard } from "./leave-guard";
import { NoProgressField } from "./no-progress-field";
import { clearDraft, type DraftFields, fieldsOf, readDraft, sameFields, writeDraft } from "./report-draft";
import { announceReportSucceeded } from "./report-events";

type Props = {
  pointId: number;
  period: string;
  /** The version the form was loaded at, sent with every save; null before the report exists. */
  version: number | null;
  indicators: IndicatorRow[];
  narrative: FormNarrative;
  /** After a save, open the report's own page (from the edit page) or refresh this one. */
  afterSave: "open" | "refresh";
  /** The portal's day (YYYY-MM-DD): a milestone cannot be done after it. */
  today: string;
  /** The step that sends the report on (提交审核 or 报送), when the viewer may take it: sent with the form's content. */
  sendStep: "sendForSignoff" | "submit" | null;
  /** The browser draft's key (lib: draftKeyOf): per user, point and month. */
  draftKey: string;
};

const NARRATIVE = [
  { name: "progress", label: "进展情况", required: true },
  { name: "problems", label: "存在问题", required: false },
  { name: "nextSteps", label: "下步打算", required: false },
] as const;

export function ReportForm(props: Props) {
  const { pointId, period, indicators, narrative, afterSave, today, sendStep, draftKey } = props;
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [loadedVersion, setLoadedVersion] = useState(props.version);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReportSnapshot | null>(null);
  // The form's starting content (the server's; a restored draft's), and a key that remounts the fields on restore.
  const [defaults, setDefaults] = useState(() => serverFields(indicators, narrative));
  const [formKey, setFormKey] = useState(0);
  const baseline = useRef<DraftFields | null>(null);
  const [offered, setOffered] = useState<DraftFields | null>(null);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, () => clearDraft(draftKey));

  useEffect(() => {
    if (!formRef.current || baseline.current) return;
    baseline.current = fieldsOf(formRef.current);
    const draft = readDraft(draftKey);
    if (draft && !sameFields(draft, baseline.current)) setOffered(draft);
    else if (draft) clearDraft(draftKey);
  }, [draftKey]);

  /** After every keystroke: unsaved or not, and the browser's copy kept in step. */
  function track() {
    if (!formRef.current || !baseline.current) return;
    const fields = fieldsOf(formRef.current);
    const changed = !sameFields(fields, baseline.current);
    setDirty(changed);
    if (changed) writeDraft(draftKey, fields);
    else clearDraft(draftKey);
  }

  function restore(draft: DraftFields) {
    setDefaults(draft);
    setFormKey((key) => key + 1);
    setOffered(null);
    setDirty(true);
  }

  function discard() {
    clearDraft(draftKey);
    setOffered(null);
  }

  function send(step: "save" | NonNullable<Props["sendStep"]>) {
    if (!formRef.current) return;
    const form = formRef.current;
    const input = readReportForm(new FormData(form), indicators, { pointId, period, expectedVersion: loadedVersion });
    const sending = step !== "save";
    const problems = checkReportForm(input, indicators, today, sending);
    setErrors(problems);
    setSaved(null);
    if (Object.keys(problems).length > 0) {
      setMessage(sending ? "请按提示填写完整后再提交。" : "请按提示修改后再保存。");
      return;
    }
    startTransition(async () => {
      const result: ReportActionResult =
        step === "save" ? await saveReportAction(input) : await submitReportAction({ ...input, step });
      if (!result.ok) {
        setMessage(result.message);
        setErrors(fieldErrorsByName(result.fieldErrors ?? {}, indicators));
        setConflict(result.conflict ?? null);
        return;
      }
      setMessage(null);
      setConflict(null);
      setLoadedVersion(result.data.version);
      baseline.current = fieldsOf(form);
      setDirty(false);
      clearDraft(draftKey);
      announceReportSucceeded();
      setSaved(step === "save" ? `已保存(第 ${result.data.version} 版)` : `已${STEP_LABELS[step]}`);
      if (afterSave === "open") router.push(`/reports/${result.data.reportId}`);
      else router.refresh();
    });
  }

  return (
    <div className={conflict ? "grid gap-4 lg:grid-cols-2" : ""}>
      <div className="space-y-4">
        {offered && <DraftOffer onRestore={() => restore(offered)} onDiscard={discard} />}
        <form
          key={formKey}
          ref={formRef}
          onSubmit={(event) => {
            event.preventDefault();
            send("save");
          }}
          onInput={track}
          onChange={track}
          noValidate
          className="space-y-4"
          aria-label="填报表单"
        >
          {indicators.length === 0 && (
            <p className="text-sm text-slate-600">本条要点没有需要本单位填报的量化指标,请填写进展情况。</p>
          )}
          {indicators.map((indicator) => (
            <IndicatorField key={indicator.id} indicator={indicator} errors={errors} defaults={defaults} />
          ))}
          <NoProgressField
            defaultChecked={defaults.noProgress === "on"}
            defaultReason={defaults.noProgressReason ?? ""}
            errors={errors}
          />
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
                defaultValue={defaults[name] ?? ""}
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
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-md border border-brand-600 bg-white px-4 py-2 text-brand-700 disabled:opacity-50"
            >
              {pending ? "处理中…" : "保存"}
            </button>
            {sendStep && (
              <button
                type="button"
                disabled={pending}
                onClick={() => send(sendStep)}
                className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
              >
                {STEP_LABELS[sendStep]}
              </button>
            )}
            <span role="status" aria-live="polite" className="text-sm text-green-700">
              {saved}
            </span>
          </div>
          {sendStep && <p className="text-xs text-slate-500">{STEP_LABELS[sendStep]}时一并保存本页填写的内容。</p>}
        </form>
      </div>
      {conflict && <ConflictPanel snapshot={conflict} />}
    </div>
  );
}
