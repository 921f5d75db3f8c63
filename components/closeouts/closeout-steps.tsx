"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { closeoutStepAction } from "@/lib/closeouts/actions";
import { CLOSEOUT_STEPS, type CloseoutStep } from "@/lib/closeouts/steps";

/** The viewer's buttons on one close-out; a return or reopening asks for its reason beside it. */
export function CloseoutSteps({ id, version, steps }: { id: number; version: number; steps: CloseoutStep[] }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const needsReason = steps.some((step) => CLOSEOUT_STEPS[step].reason);
  const take = (step: CloseoutStep) =>
    startTransition(async () => {
      const result = await closeoutStepAction({ id, version, step, reason });
      setMessage(result.ok ? null : result.message);
      if (result.ok) {
        setReason("");
        router.refresh();
      }
    });
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      {needsReason && (
        <label className="block space-y-1">
          <span className="text-sm font-medium">意见或理由(退回、重新打开时必填)</span>
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={500}
            aria-describedby="closeout-step-error"
            className="w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        {steps.map((step) => {
          const rule = CLOSEOUT_STEPS[step];
          return (
            <button
              key={step}
              type="button"
              disabled={pending}
              onClick={() => take(step)}
              className={
                rule.reason
                  ? "rounded-md border border-red-700 px-4 py-2 text-red-700 hover:bg-red-50 disabled:opacity-50"
                  : "rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
              }
            >
              {rule.label}
            </button>
          );
        })}
      </div>
      <p id="closeout-step-error" role="alert" aria-live="polite" className="text-sm text-red-700">
        {message}
      </p>
    </div>
  );
}
