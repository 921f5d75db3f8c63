"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reportStepAction } from "@/lib/reports/actions";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { STEP_LABELS, STEPS, type Step } from "@/lib/reports/workflow";
import { ConflictPanel } from "./conflict-panel";
import { FIELD_CLASS } from "./indicator-field";
import { announceReportSucceeded, useOnReportSucceeded } from "./report-events";

type Props = { reportId: number; version: number; steps: Step[] };

/** The workflow steps the viewer may take now; a return needs a reason, typed in the box above its button. */
export function StepButtons({ reportId, version, steps }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReportSnapshot | null>(null);
  const needsReason = steps.some((step) => STEPS[step].reasonRequired);
  useOnReportSucceeded(() => {
    setMessage(null);
    setConflict(null);
  });

  function take(step: Step) {
    setDone(null);
    if (STEPS[step].reasonRequired && reason.trim() === "") {
      setReasonError("退回时须填写原因");
      return;
    }
    setReasonError(null);
    startTransition(async () => {
      const result = await reportStepAction({
        reportId,
        step,
        expectedVersion: version,
        reason: STEPS[step].reasonRequired ? reason : "",
      });
      if (!result.ok) {
        setMessage(result.message);
        setConflict(result.conflict ?? null);
        return;
      }
      setMessage(null);
      setConflict(null);
      setReason("");
      announceReportSucceeded();
      setDone(`已${STEP_LABELS[step]}`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {needsReason && (
        <label className="block max-w-xl space-y-1">
          <span className="text-sm font-medium">退回原因(退回时必填)</span>
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={1000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby="step-reason-error"
            className={FIELD_CLASS}
          />
          <span id="step-reason-error" className="block text-sm text-red-700">
            {reasonError}
          </span>
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            disabled={pending}
            onClick={() => take(step)}
            className={
              STEPS[step].reasonRequired
                ? "rounded-md border border-red-300 bg-white px-4 py-2 text-red-700 hover:bg-red-50 disabled:opacity-50"
                : "rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
            }
          >
            {STEP_LABELS[step]}
          </button>
        ))}
      </div>
      <p role="alert" aria-live="polite" className="text-sm text-red-700">
        {message}
      </p>
      <p role="status" aria-live="polite" className="text-sm text-green-700">
        {done}
      </p>
      {conflict && <ConflictPanel snapshot={conflict} />}
    </div>
  );
}
